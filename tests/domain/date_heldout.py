# ruff: noqa: E501  (the sentences read better unbroken)
"""Held-out batches for date resolution and status suggestion.

Each batch was written from the conventions in ``../shared/eval/dates/VALUES.md`` before the
rules it measured were changed, scored once as it stood (the "first run" figures in
README.md), and kept here as tests afterwards. Date cases have the shape of
``tests/domain/date_dev_set.py`` (``published, sentence, phrase, value, class``); status
cases that of ``tests/domain/test_status_cues.py`` (``sentence, selected words, status``).
"""

from __future__ import annotations

DevCase = tuple[str, str, str, str, str]
StatusCase = tuple[str, str, str]

# Batch D1, first run (rules as of the start of this batch): calendar mentions 61/66 exact
# (92.4 %); durations, ages, sets and vague phrases dated 0/12 ("the near future" was not
# found). Misses: "take effect on Jan. 15" and "would meet on Friday" read as past, "planned
# for March" not found, a present-tense headline weekday read as future, "levies … from
# March 10" (five days ahead) read as last year's.
# Anchors: Tue 2025-01-07, Fri 2023-10-06, Sun 2024-09-01, Mon 2024-12-30
# (ISO week 2025-W01), Wed 2025-03-05, Mon 2022-01-03.
BATCH_D1: list[DevCase] = [
    # Reuters, a Tuesday just after the new year
    ("2025-01-07", "BEIJING, Jan 7 (Reuters) - China's foreign ministry said on Monday it firmly opposed the new U.S. export curbs.", "Jan 7", "2025-01-07", "point"),
    ("2025-01-07", "BEIJING, Jan 7 (Reuters) - China's foreign ministry said on Monday it firmly opposed the new U.S. export curbs.", "Monday", "2025-01-06", "point"),
    ("2025-01-07", "The Commerce Department announced the rules on Dec. 2, adding 140 companies to its entity list.", "Dec. 2", "2024-12-02", "point"),
    ("2025-01-07", "The new restrictions take effect on Jan. 15.", "Jan. 15", "2025-01-15", "point"),
    ("2025-01-07", "U.S. and Chinese officials held a virtual meeting last week on counternarcotics cooperation.", "last week", "2025-W01", "point"),
    ("2025-01-07", "China's exports grew 6.7% in November from a year earlier, customs data showed.", "November", "2024-11", "point"),
    ("2025-01-07", "Trade tensions are expected to rise after Trump takes office on Jan. 20.", "Jan. 20", "2025-01-20", "point"),
    ("2025-01-07", "The yuan weakened 2.8% against the dollar last year.", "last year", "2024", "point"),
    ("2025-01-07", "Beijing imposed sanctions on seven U.S. defence firms in late December.", "late December", "2024-12", "point"),
    ("2025-01-07", "The ministry will hold a news conference on Thursday.", "Thursday", "2025-01-09", "point"),
    ("2025-01-07", "A spokesperson said the envoys would meet on Friday in Geneva.", "Friday", "2025-01-10", "point"),
    ("2025-01-07", "He told reporters on Monday that the drills had ended on Sunday.", "Sunday", "2025-01-05", "point"),
    ("2025-01-07", "The drills in December involved some 90 ships, according to Taiwan.", "December", "2024-12", "point"),
    ("2025-01-07", "The next round of talks is planned for March.", "March", "2025-03", "point"),
    ("2025-01-07", "Blinken to visit Tokyo on Thursday", "Thursday", "2025-01-09", "point"),
    ("2025-01-07", "A 67-year-old Taiwanese businessman was detained in Shanghai.", "67-year-old", "P67Y", "AGE"),
    ("2025-01-07", "Talks between the two militaries have been sporadic for more than two years.", "more than two years", "P2Y", "DURATION"),
    ("2025-01-07", "The council meets every month to review the sanctions.", "every month", "P1M", "SET"),
    ("2025-01-07", "Trade between the two countries has fallen in recent years.", "recent years", "PAST_REF", "VAGUE"),
    # AP, a Friday in October
    ("2023-10-06", "WASHINGTON (AP) — Officials from the two countries met Wednesday through Friday in Washington to discuss economic ties.", "Wednesday through Friday", "2023-10-04/2023-10-06", "range"),
    ("2023-10-06", "The talks followed a visit to Beijing by Commerce Secretary Gina Raimondo from Aug. 27 to 30.", "Aug. 27 to 30", "2023-08-27/2023-08-30", "range"),
    ("2023-10-06", "Earlier this month, the Pentagon released its annual report on China's military.", "Earlier this month", "2023-10", "point"),
    ("2023-10-06", "Since August, Chinese warships have sailed near the island almost daily.", "August", "2023-08", "point"),
    ("2023-10-06", "The report, due in November, will assess Beijing's nuclear arsenal.", "November", "2023-11", "point"),
    ("2023-10-06", "Austin has not spoken with his Chinese counterpart since November 2022.", "November 2022", "2022-11", "point"),
    ("2023-10-06", "The two leaders could meet at the APEC summit in San Francisco next month.", "next month", "2023-11", "point"),
    ("2023-10-06", "Washington and Beijing have been at odds for years over Taiwan.", "years", "PXY", "DURATION"),
    ("2023-10-06", "The navy conducted the exercise on Sept 30 and Oct 1.", "Sept 30", "2023-09-30", "point"),
    ("2023-10-06", "The navy conducted the exercise on Sept 30 and Oct 1.", "Oct 1", "2023-10-01", "point"),
    ("2023-10-06", "Chinese, US envoys meet in Beijing Thursday", "Thursday", "2023-10-05", "point"),
    ("2023-10-06", "The ministry summoned the U.S. ambassador last Friday.", "last Friday", "2023-09-29", "point"),
    ("2023-10-06", "The envoy is expected to return to Beijing next week.", "next week", "2023-W41", "point"),
    ("2023-10-06", "The ministry said on Thursday (Oct 5) that it had lodged a complaint.", "Thursday", "2023-10-05", "point"),
    ("2023-10-06", "It was the first meeting between the two defence chiefs since 2019.", "2019", "2019", "point"),
    # Xinhua, a Sunday
    ("2024-09-01", "BEIJING, Sept. 1 (Xinhua) -- Chinese Premier Li Qiang met with U.S. National Security Advisor Jake Sullivan in Beijing on Wednesday.", "Sept. 1", "2024-09-01", "point"),
    ("2024-09-01", "BEIJING, Sept. 1 (Xinhua) -- Chinese Premier Li Qiang met with U.S. National Security Advisor Jake Sullivan in Beijing on Wednesday.", "Wednesday", "2024-08-28", "point"),
    ("2024-09-01", "The two sides agreed to hold a call between the heads of state in the near future.", "the near future", "FUTURE_REF", "VAGUE"),
    ("2024-09-01", "Sullivan's visit was the first by a U.S. national security adviser to China since 2016.", "2016", "2016", "point"),
    ("2024-09-01", "Chinese and U.S. theater commanders will hold a video call in the coming weeks.", "the coming weeks", "FUTURE_REF", "VAGUE"),
    ("2024-09-01", "China's manufacturing activity shrank for a fourth straight month in August.", "August", "2024-08", "point"),
    ("2024-09-01", "The index fell to 49.1 in August from 49.4 in July.", "July", "2024-07", "point"),
    ("2024-09-01", "On Saturday, the coast guard said it had expelled two Philippine vessels.", "Saturday", "2024-08-31", "point"),
    ("2024-09-01", "The economy grew 4.7% in the second quarter, the slowest pace in five quarters.", "the second quarter", "2024-Q2", "point"),
    ("2024-09-01", "A spokesperson told reporters yesterday that the meeting was candid.", "yesterday", "2024-08-31", "point"),
    ("2024-09-01", "The two sides will finalise the arrangements by the end of the month.", "the end of the month", "2024-09", "point"),
    # Nikkei / Kyodo, a Monday in ISO week 2025-W01
    ("2024-12-30", "TOKYO -- Japan and China agreed last week to resume high-level economic talks.", "last week", "2024-W52", "point"),
    ("2024-12-30", "Foreign Minister Takeshi Iwaya visited Beijing on Wednesday for talks with Wang Yi.", "Wednesday", "2024-12-25", "point"),
    ("2024-12-30", "The cabinet approved a record defense budget on Friday.", "Friday", "2024-12-27", "point"),
    ("2024-12-30", "Ishiba and Xi met on the sidelines of the APEC summit in Peru in mid-November.", "mid-November", "2024-11", "point"),
    ("2024-12-30", "The two countries will hold a high-level economic dialogue early next year.", "early next year", "2025", "point"),
    ("2024-12-30", "This week, Tokyo markets will close for the New Year holidays.", "This week", "2025-W01", "point"),
    ("2024-12-30", "China banned Japanese seafood imports in August 2023 after the water release began.", "August 2023", "2023-08", "point"),
    ("2024-12-30", "The ban on beef imports will be lifted in January, officials said.", "January", "2025-01", "point"),
    ("2024-12-30", "The Nikkei average closed at 39,894 on Monday.", "Monday", "2024-12-30", "point"),
    # Al Jazeera, a Wednesday in March
    ("2025-03-05", "China announced on Wednesday a 7.2 percent increase in defence spending for this year.", "Wednesday", "2025-03-05", "point"),
    ("2025-03-05", "China announced on Wednesday a 7.2 percent increase in defence spending for this year.", "this year", "2025", "point"),
    ("2025-03-05", "Tariffs of 10 percent on Chinese goods took effect on Tuesday, on top of the 10 percent imposed in February.", "Tuesday", "2025-03-04", "point"),
    ("2025-03-05", "Tariffs of 10 percent on Chinese goods took effect on Tuesday, on top of the 10 percent imposed in February.", "February", "2025-02", "point"),
    ("2025-03-05", "Beijing retaliated with levies of up to 15 percent on US farm products from March 10.", "March 10", "2025-03-10", "point"),
    ("2025-03-05", "The congress will close on March 11.", "March 11", "2025-03-11", "point"),
    ("2025-03-05", "Defence spending has more than doubled over the past decade.", "the past decade", "P1DE", "DURATION"),
    ("2025-03-05", "Delegates gathered in Beijing for the two-week session.", "two-week", "P2W", "DURATION"),
    ("2025-03-05", "The two ministers last spoke two weeks ago.", "two weeks ago", "2025-W08", "point"),
    ("2025-03-05", "Prices fell in December of last year for the first time in months.", "December of last year", "2024-12", "point"),
    ("2025-03-05", "Growth slowed in the last quarter of 2024.", "the last quarter of 2024", "2024-Q4", "point"),
    ("2025-03-05", "Economists expect growth to slow in the first quarter.", "the first quarter", "2025-Q1", "point"),
    ("2025-03-05", "The visit is the first by a Chinese defence minister to Washington since 2019.", "2019", "2019", "point"),
    # South China Morning Post, a Monday after the new year
    ("2022-01-03", "HONG KONG — Beijing said on Friday that it would retaliate against the new law.", "Friday", "2021-12-31", "point"),
    ("2022-01-03", "Last month, the US announced a diplomatic boycott of the Winter Olympics, which open on Feb. 4.", "Last month", "2021-12", "point"),
    ("2022-01-03", "Last month, the US announced a diplomatic boycott of the Winter Olympics, which open on Feb. 4.", "Feb. 4", "2022-02-04", "point"),
    ("2022-01-03", "The Games run Feb 4-20 in and around Beijing.", "Feb 4-20", "2022-02-04/2022-02-20", "range"),
    ("2022-01-03", "The RCEP trade pact came into force on Saturday.", "Saturday", "2022-01-01", "point"),
    ("2022-01-03", "Xi and Biden held a virtual summit in mid-November.", "mid-November", "2021-11", "point"),
    ("2022-01-03", "In December, the city's exports rose 12 per cent.", "December", "2021-12", "point"),
    ("2022-01-03", "Omicron cases have surged in the past two weeks.", "the past two weeks", "P2W", "DURATION"),
    ("2022-01-03", "The city reported its first local case in more than three months.", "more than three months", "P3M", "DURATION"),
    ("2022-01-03", "The 45-year-old activist was sentenced on March 3, 2021.", "March 3, 2021", "2021-03-03", "point"),
    ("2022-01-03", "The 45-year-old activist was sentenced on March 3, 2021.", "45-year-old", "P45Y", "AGE"),
]

# Status batch S1 (the selection is the words that carry the status), first run: 38/41
# (92.7 %). Misses: "would never cut off" (read as severed), "the possibility of restarting"
# (resumed), "no choice but to end the dialogue" (active).
STATUS_S1: list[StatusCase] = [
    ("China has not agreed to resume the theater-level talks, a Pentagon official said.", "agreed to resume", "refused"),
    ("The Pentagon plans to resume the maritime consultations next year.", "resume", "proposed"),
    ("Officials said the hotline could resume operation within weeks.", "resume", "proposed"),
    ("The video call was the first between the two defence chiefs since 2022.", "video call", "resumed"),
    ("Military-to-military communication was suspended by Beijing after the visit.", "suspended", "suspended"),
    ("The talks were cancelled at the last minute.", "cancelled", "suspended"),
    ("China's defence ministry said it would not restore the dialogue until Washington stopped arms sales.", "restore", "refused"),
    ("Washington said the channels had been restored.", "restored", "resumed"),
    ("Beijing says it is open to resuming talks.", "resuming talks", "proposed"),
    ("US, China militaries resume talks", "resume talks", "resumed"),
    ("China cuts off military talks with US over Pelosi visit", "cuts off", "severed"),
    ("Austin, Dong to meet in Singapore", "meet", "proposed"),
    ("The two navies have not held talks since 2021.", "held talks", "suspended"),
    ("Contacts between the coast guards remain suspended.", "suspended", "suspended"),
    ("Dong told Austin that the PLA was willing to restore communication.", "restore communication", "proposed"),
    ("Chinese officials did not answer the hotline during the crisis.", "did not answer", "refused"),
    ("The ministers spoke for 90 minutes by video link.", "spoke", "active"),
    ("The two sides agreed to hold regular talks between theater commanders.", "hold regular talks", "proposed"),
    ("The dialogue, frozen since 2022, was revived in November.", "revived", "resumed"),
    ("The dialogue, frozen since 2022, was revived in November.", "frozen", "suspended"),
    ("After a two-year hiatus, the talks resumed in Beijing on Tuesday.", "resumed", "resumed"),
    ("Neither side has proposed new dates for the talks, which were postponed in May.", "postponed", "suspended"),
    ("The White House said the two leaders would speak by phone in the coming weeks.", "speak by phone", "proposed"),
    ("Xi told Biden that China would never cut off communication with the US military.", "cut off", "active"),
    ("China refused a U.S. request for a meeting between the defence chiefs in Singapore.", "refused", "refused"),
    ("US and Chinese defence officials met in Washington for the first time since 2020.", "met", "resumed"),
    ("The Defense Policy Coordination Talks were held at the Pentagon on Tuesday and Wednesday.", "were held", "active"),
    ("Talks on maritime safety were restarted last month after a 15-month gap.", "were restarted", "resumed"),
    ("The exchanges were called off by Beijing hours before they were due to begin.", "called off", "suspended"),
    ("China announced it was suspending cooperation on climate change and counternarcotics.", "suspending cooperation", "suspended"),
    ("The two countries are discussing the possibility of restarting military exchanges.", "restarting military exchanges", "proposed"),
    ("Officials expect the working group to reconvene in the spring.", "reconvene", "proposed"),
    ("Channels of communication have remained open despite the tensions, the ambassador said.", "remained open", "active"),
    ("China said it had no choice but to end the dialogue.", "end the dialogue", "severed"),
    ("The Chinese side declined to take the call.", "declined", "refused"),
    ("Beijing rejected calls to restore the hotline.", "restore the hotline", "refused"),
    ("Washington urged Beijing to restore military-to-military channels.", "restore", "proposed"),
    ("The maritime talks, which had stalled, got back on track in April.", "got back on track", "resumed"),
    ("The resumption of the talks was welcomed by both capitals.", "resumption", "resumed"),
    ("Talks between the defence ministries have been on hold since the balloon incident.", "on hold", "suspended"),
    ("Biden and Xi agreed in Woodside to restore the military channels.", "agreed in Woodside to restore", "proposed"),
]

DATE_BATCHES: dict[str, list[DevCase]] = {"D1": BATCH_D1}
STATUS_BATCHES: dict[str, list[StatusCase]] = {"S1": STATUS_S1}
