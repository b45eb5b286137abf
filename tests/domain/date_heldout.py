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
    (
        "2025-01-07",
        "BEIJING, Jan 7 (Reuters) - China's foreign ministry said on Monday it firmly opposed the new U.S. export curbs.",
        "Jan 7",
        "2025-01-07",
        "point",
    ),
    (
        "2025-01-07",
        "BEIJING, Jan 7 (Reuters) - China's foreign ministry said on Monday it firmly opposed the new U.S. export curbs.",
        "Monday",
        "2025-01-06",
        "point",
    ),
    (
        "2025-01-07",
        "The Commerce Department announced the rules on Dec. 2, adding 140 companies to its entity list.",
        "Dec. 2",
        "2024-12-02",
        "point",
    ),
    (
        "2025-01-07",
        "The new restrictions take effect on Jan. 15.",
        "Jan. 15",
        "2025-01-15",
        "point",
    ),
    (
        "2025-01-07",
        "U.S. and Chinese officials held a virtual meeting last week on counternarcotics cooperation.",
        "last week",
        "2025-W01",
        "point",
    ),
    (
        "2025-01-07",
        "China's exports grew 6.7% in November from a year earlier, customs data showed.",
        "November",
        "2024-11",
        "point",
    ),
    (
        "2025-01-07",
        "Trade tensions are expected to rise after Trump takes office on Jan. 20.",
        "Jan. 20",
        "2025-01-20",
        "point",
    ),
    (
        "2025-01-07",
        "The yuan weakened 2.8% against the dollar last year.",
        "last year",
        "2024",
        "point",
    ),
    (
        "2025-01-07",
        "Beijing imposed sanctions on seven U.S. defence firms in late December.",
        "late December",
        "2024-12",
        "point",
    ),
    (
        "2025-01-07",
        "The ministry will hold a news conference on Thursday.",
        "Thursday",
        "2025-01-09",
        "point",
    ),
    (
        "2025-01-07",
        "A spokesperson said the envoys would meet on Friday in Geneva.",
        "Friday",
        "2025-01-10",
        "point",
    ),
    (
        "2025-01-07",
        "He told reporters on Monday that the drills had ended on Sunday.",
        "Sunday",
        "2025-01-05",
        "point",
    ),
    (
        "2025-01-07",
        "The drills in December involved some 90 ships, according to Taiwan.",
        "December",
        "2024-12",
        "point",
    ),
    ("2025-01-07", "The next round of talks is planned for March.", "March", "2025-03", "point"),
    ("2025-01-07", "Blinken to visit Tokyo on Thursday", "Thursday", "2025-01-09", "point"),
    (
        "2025-01-07",
        "A 67-year-old Taiwanese businessman was detained in Shanghai.",
        "67-year-old",
        "P67Y",
        "AGE",
    ),
    (
        "2025-01-07",
        "Talks between the two militaries have been sporadic for more than two years.",
        "more than two years",
        "P2Y",
        "DURATION",
    ),
    (
        "2025-01-07",
        "The council meets every month to review the sanctions.",
        "every month",
        "P1M",
        "SET",
    ),
    (
        "2025-01-07",
        "Trade between the two countries has fallen in recent years.",
        "recent years",
        "PAST_REF",
        "VAGUE",
    ),
    # AP, a Friday in October
    (
        "2023-10-06",
        "WASHINGTON (AP) — Officials from the two countries met Wednesday through Friday in Washington to discuss economic ties.",
        "Wednesday through Friday",
        "2023-10-04/2023-10-06",
        "range",
    ),
    (
        "2023-10-06",
        "The talks followed a visit to Beijing by Commerce Secretary Gina Raimondo from Aug. 27 to 30.",
        "Aug. 27 to 30",
        "2023-08-27/2023-08-30",
        "range",
    ),
    (
        "2023-10-06",
        "Earlier this month, the Pentagon released its annual report on China's military.",
        "Earlier this month",
        "2023-10",
        "point",
    ),
    (
        "2023-10-06",
        "Since August, Chinese warships have sailed near the island almost daily.",
        "August",
        "2023-08",
        "point",
    ),
    (
        "2023-10-06",
        "The report, due in November, will assess Beijing's nuclear arsenal.",
        "November",
        "2023-11",
        "point",
    ),
    (
        "2023-10-06",
        "Austin has not spoken with his Chinese counterpart since November 2022.",
        "November 2022",
        "2022-11",
        "point",
    ),
    (
        "2023-10-06",
        "The two leaders could meet at the APEC summit in San Francisco next month.",
        "next month",
        "2023-11",
        "point",
    ),
    (
        "2023-10-06",
        "Washington and Beijing have been at odds for years over Taiwan.",
        "years",
        "PXY",
        "DURATION",
    ),
    (
        "2023-10-06",
        "The navy conducted the exercise on Sept 30 and Oct 1.",
        "Sept 30",
        "2023-09-30",
        "point",
    ),
    (
        "2023-10-06",
        "The navy conducted the exercise on Sept 30 and Oct 1.",
        "Oct 1",
        "2023-10-01",
        "point",
    ),
    (
        "2023-10-06",
        "Chinese, US envoys meet in Beijing Thursday",
        "Thursday",
        "2023-10-05",
        "point",
    ),
    (
        "2023-10-06",
        "The ministry summoned the U.S. ambassador last Friday.",
        "last Friday",
        "2023-09-29",
        "point",
    ),
    (
        "2023-10-06",
        "The envoy is expected to return to Beijing next week.",
        "next week",
        "2023-W41",
        "point",
    ),
    (
        "2023-10-06",
        "The ministry said on Thursday (Oct 5) that it had lodged a complaint.",
        "Thursday",
        "2023-10-05",
        "point",
    ),
    (
        "2023-10-06",
        "It was the first meeting between the two defence chiefs since 2019.",
        "2019",
        "2019",
        "point",
    ),
    # Xinhua, a Sunday
    (
        "2024-09-01",
        "BEIJING, Sept. 1 (Xinhua) -- Chinese Premier Li Qiang met with U.S. National Security Advisor Jake Sullivan in Beijing on Wednesday.",
        "Sept. 1",
        "2024-09-01",
        "point",
    ),
    (
        "2024-09-01",
        "BEIJING, Sept. 1 (Xinhua) -- Chinese Premier Li Qiang met with U.S. National Security Advisor Jake Sullivan in Beijing on Wednesday.",
        "Wednesday",
        "2024-08-28",
        "point",
    ),
    (
        "2024-09-01",
        "The two sides agreed to hold a call between the heads of state in the near future.",
        "the near future",
        "FUTURE_REF",
        "VAGUE",
    ),
    (
        "2024-09-01",
        "Sullivan's visit was the first by a U.S. national security adviser to China since 2016.",
        "2016",
        "2016",
        "point",
    ),
    (
        "2024-09-01",
        "Chinese and U.S. theater commanders will hold a video call in the coming weeks.",
        "the coming weeks",
        "FUTURE_REF",
        "VAGUE",
    ),
    (
        "2024-09-01",
        "China's manufacturing activity shrank for a fourth straight month in August.",
        "August",
        "2024-08",
        "point",
    ),
    (
        "2024-09-01",
        "The index fell to 49.1 in August from 49.4 in July.",
        "July",
        "2024-07",
        "point",
    ),
    (
        "2024-09-01",
        "On Saturday, the coast guard said it had expelled two Philippine vessels.",
        "Saturday",
        "2024-08-31",
        "point",
    ),
    (
        "2024-09-01",
        "The economy grew 4.7% in the second quarter, the slowest pace in five quarters.",
        "the second quarter",
        "2024-Q2",
        "point",
    ),
    (
        "2024-09-01",
        "A spokesperson told reporters yesterday that the meeting was candid.",
        "yesterday",
        "2024-08-31",
        "point",
    ),
    (
        "2024-09-01",
        "The two sides will finalise the arrangements by the end of the month.",
        "the end of the month",
        "2024-09",
        "point",
    ),
    # Nikkei / Kyodo, a Monday in ISO week 2025-W01
    (
        "2024-12-30",
        "TOKYO -- Japan and China agreed last week to resume high-level economic talks.",
        "last week",
        "2024-W52",
        "point",
    ),
    (
        "2024-12-30",
        "Foreign Minister Takeshi Iwaya visited Beijing on Wednesday for talks with Wang Yi.",
        "Wednesday",
        "2024-12-25",
        "point",
    ),
    (
        "2024-12-30",
        "The cabinet approved a record defense budget on Friday.",
        "Friday",
        "2024-12-27",
        "point",
    ),
    (
        "2024-12-30",
        "Ishiba and Xi met on the sidelines of the APEC summit in Peru in mid-November.",
        "mid-November",
        "2024-11",
        "point",
    ),
    (
        "2024-12-30",
        "The two countries will hold a high-level economic dialogue early next year.",
        "early next year",
        "2025",
        "point",
    ),
    (
        "2024-12-30",
        "This week, Tokyo markets will close for the New Year holidays.",
        "This week",
        "2025-W01",
        "point",
    ),
    (
        "2024-12-30",
        "China banned Japanese seafood imports in August 2023 after the water release began.",
        "August 2023",
        "2023-08",
        "point",
    ),
    (
        "2024-12-30",
        "The ban on beef imports will be lifted in January, officials said.",
        "January",
        "2025-01",
        "point",
    ),
    (
        "2024-12-30",
        "The Nikkei average closed at 39,894 on Monday.",
        "Monday",
        "2024-12-30",
        "point",
    ),
    # Al Jazeera, a Wednesday in March
    (
        "2025-03-05",
        "China announced on Wednesday a 7.2 percent increase in defence spending for this year.",
        "Wednesday",
        "2025-03-05",
        "point",
    ),
    (
        "2025-03-05",
        "China announced on Wednesday a 7.2 percent increase in defence spending for this year.",
        "this year",
        "2025",
        "point",
    ),
    (
        "2025-03-05",
        "Tariffs of 10 percent on Chinese goods took effect on Tuesday, on top of the 10 percent imposed in February.",
        "Tuesday",
        "2025-03-04",
        "point",
    ),
    (
        "2025-03-05",
        "Tariffs of 10 percent on Chinese goods took effect on Tuesday, on top of the 10 percent imposed in February.",
        "February",
        "2025-02",
        "point",
    ),
    (
        "2025-03-05",
        "Beijing retaliated with levies of up to 15 percent on US farm products from March 10.",
        "March 10",
        "2025-03-10",
        "point",
    ),
    ("2025-03-05", "The congress will close on March 11.", "March 11", "2025-03-11", "point"),
    (
        "2025-03-05",
        "Defence spending has more than doubled over the past decade.",
        "the past decade",
        "P1DE",
        "DURATION",
    ),
    (
        "2025-03-05",
        "Delegates gathered in Beijing for the two-week session.",
        "two-week",
        "P2W",
        "DURATION",
    ),
    (
        "2025-03-05",
        "The two ministers last spoke two weeks ago.",
        "two weeks ago",
        "2025-W08",
        "point",
    ),
    (
        "2025-03-05",
        "Prices fell in December of last year for the first time in months.",
        "December of last year",
        "2024-12",
        "point",
    ),
    (
        "2025-03-05",
        "Growth slowed in the last quarter of 2024.",
        "the last quarter of 2024",
        "2024-Q4",
        "point",
    ),
    (
        "2025-03-05",
        "Economists expect growth to slow in the first quarter.",
        "the first quarter",
        "2025-Q1",
        "point",
    ),
    (
        "2025-03-05",
        "The visit is the first by a Chinese defence minister to Washington since 2019.",
        "2019",
        "2019",
        "point",
    ),
    # South China Morning Post, a Monday after the new year
    (
        "2022-01-03",
        "HONG KONG — Beijing said on Friday that it would retaliate against the new law.",
        "Friday",
        "2021-12-31",
        "point",
    ),
    (
        "2022-01-03",
        "Last month, the US announced a diplomatic boycott of the Winter Olympics, which open on Feb. 4.",
        "Last month",
        "2021-12",
        "point",
    ),
    (
        "2022-01-03",
        "Last month, the US announced a diplomatic boycott of the Winter Olympics, which open on Feb. 4.",
        "Feb. 4",
        "2022-02-04",
        "point",
    ),
    (
        "2022-01-03",
        "The Games run Feb 4-20 in and around Beijing.",
        "Feb 4-20",
        "2022-02-04/2022-02-20",
        "range",
    ),
    (
        "2022-01-03",
        "The RCEP trade pact came into force on Saturday.",
        "Saturday",
        "2022-01-01",
        "point",
    ),
    (
        "2022-01-03",
        "Xi and Biden held a virtual summit in mid-November.",
        "mid-November",
        "2021-11",
        "point",
    ),
    (
        "2022-01-03",
        "In December, the city's exports rose 12 per cent.",
        "December",
        "2021-12",
        "point",
    ),
    (
        "2022-01-03",
        "Omicron cases have surged in the past two weeks.",
        "the past two weeks",
        "P2W",
        "DURATION",
    ),
    (
        "2022-01-03",
        "The city reported its first local case in more than three months.",
        "more than three months",
        "P3M",
        "DURATION",
    ),
    (
        "2022-01-03",
        "The 45-year-old activist was sentenced on March 3, 2021.",
        "March 3, 2021",
        "2021-03-03",
        "point",
    ),
    (
        "2022-01-03",
        "The 45-year-old activist was sentenced on March 3, 2021.",
        "45-year-old",
        "P45Y",
        "AGE",
    ),
]

# Status batch S1 (the selection is the words that carry the status), first run: 38/41
# (92.7 %). Misses: "would never cut off" (read as severed), "the possibility of restarting"
# (resumed), "no choice but to end the dialogue" (active).
STATUS_S1: list[StatusCase] = [
    (
        "China has not agreed to resume the theater-level talks, a Pentagon official said.",
        "agreed to resume",
        "refused",
    ),
    ("The Pentagon plans to resume the maritime consultations next year.", "resume", "proposed"),
    ("Officials said the hotline could resume operation within weeks.", "resume", "proposed"),
    (
        "The video call was the first between the two defence chiefs since 2022.",
        "video call",
        "resumed",
    ),
    (
        "Military-to-military communication was suspended by Beijing after the visit.",
        "suspended",
        "suspended",
    ),
    ("The talks were cancelled at the last minute.", "cancelled", "suspended"),
    (
        "China's defence ministry said it would not restore the dialogue until Washington stopped arms sales.",
        "restore",
        "refused",
    ),
    ("Washington said the channels had been restored.", "restored", "resumed"),
    ("Beijing says it is open to resuming talks.", "resuming talks", "proposed"),
    ("US, China militaries resume talks", "resume talks", "resumed"),
    ("China cuts off military talks with US over Pelosi visit", "cuts off", "severed"),
    ("Austin, Dong to meet in Singapore", "meet", "proposed"),
    ("The two navies have not held talks since 2021.", "held talks", "suspended"),
    ("Contacts between the coast guards remain suspended.", "suspended", "suspended"),
    (
        "Dong told Austin that the PLA was willing to restore communication.",
        "restore communication",
        "proposed",
    ),
    (
        "Chinese officials did not answer the hotline during the crisis.",
        "did not answer",
        "refused",
    ),
    ("The ministers spoke for 90 minutes by video link.", "spoke", "active"),
    (
        "The two sides agreed to hold regular talks between theater commanders.",
        "hold regular talks",
        "proposed",
    ),
    ("The dialogue, frozen since 2022, was revived in November.", "revived", "resumed"),
    ("The dialogue, frozen since 2022, was revived in November.", "frozen", "suspended"),
    ("After a two-year hiatus, the talks resumed in Beijing on Tuesday.", "resumed", "resumed"),
    (
        "Neither side has proposed new dates for the talks, which were postponed in May.",
        "postponed",
        "suspended",
    ),
    (
        "The White House said the two leaders would speak by phone in the coming weeks.",
        "speak by phone",
        "proposed",
    ),
    (
        "Xi told Biden that China would never cut off communication with the US military.",
        "cut off",
        "active",
    ),
    (
        "China refused a U.S. request for a meeting between the defence chiefs in Singapore.",
        "refused",
        "refused",
    ),
    (
        "US and Chinese defence officials met in Washington for the first time since 2020.",
        "met",
        "resumed",
    ),
    (
        "The Defense Policy Coordination Talks were held at the Pentagon on Tuesday and Wednesday.",
        "were held",
        "active",
    ),
    (
        "Talks on maritime safety were restarted last month after a 15-month gap.",
        "were restarted",
        "resumed",
    ),
    (
        "The exchanges were called off by Beijing hours before they were due to begin.",
        "called off",
        "suspended",
    ),
    (
        "China announced it was suspending cooperation on climate change and counternarcotics.",
        "suspending cooperation",
        "suspended",
    ),
    (
        "The two countries are discussing the possibility of restarting military exchanges.",
        "restarting military exchanges",
        "proposed",
    ),
    ("Officials expect the working group to reconvene in the spring.", "reconvene", "proposed"),
    (
        "Channels of communication have remained open despite the tensions, the ambassador said.",
        "remained open",
        "active",
    ),
    ("China said it had no choice but to end the dialogue.", "end the dialogue", "severed"),
    ("The Chinese side declined to take the call.", "declined", "refused"),
    ("Beijing rejected calls to restore the hotline.", "restore the hotline", "refused"),
    ("Washington urged Beijing to restore military-to-military channels.", "restore", "proposed"),
    (
        "The maritime talks, which had stalled, got back on track in April.",
        "got back on track",
        "resumed",
    ),
    ("The resumption of the talks was welcomed by both capitals.", "resumption", "resumed"),
    (
        "Talks between the defence ministries have been on hold since the balloon incident.",
        "on hold",
        "suspended",
    ),
    (
        "Biden and Xi agreed in Woodside to restore the military channels.",
        "agreed in Woodside to restore",
        "proposed",
    ),
]

# Batch D2, written after the rules were changed for D1 and scored once before any further
# change. First run: calendar mentions 62/64 exact (96.9 %); durations, ages, sets and vague
# phrases dated 0/17. Misses, all four not found by the recognizer: "fourth-quarter", "the
# weekend", "five consecutive years", "the months ahead". Anchors: Thu 2024-02-01, Sat 2023-04-08, Wed 2025-12-31 (ISO week 2026-W01),
# Mon 2026-01-05, Fri 2024-06-28, Tue 2022-08-02.
BATCH_D2: list[DevCase] = [
    # Reuters / Bloomberg, the first of a month
    (
        "2024-02-01",
        "SHANGHAI, Feb 1 (Reuters) - China's factory activity contracted for a fourth straight month in January, a private survey showed on Thursday.",
        "Feb 1",
        "2024-02-01",
        "point",
    ),
    (
        "2024-02-01",
        "SHANGHAI, Feb 1 (Reuters) - China's factory activity contracted for a fourth straight month in January, a private survey showed on Thursday.",
        "January",
        "2024-01",
        "point",
    ),
    (
        "2024-02-01",
        "SHANGHAI, Feb 1 (Reuters) - China's factory activity contracted for a fourth straight month in January, a private survey showed on Thursday.",
        "Thursday",
        "2024-02-01",
        "point",
    ),
    (
        "2024-02-01",
        "The central bank cut banks' reserve requirement ratio last week, effective Feb. 5.",
        "last week",
        "2024-W04",
        "point",
    ),
    (
        "2024-02-01",
        "The central bank cut banks' reserve requirement ratio last week, effective Feb. 5.",
        "Feb. 5",
        "2024-02-05",
        "point",
    ),
    (
        "2024-02-01",
        "Sullivan and Wang met in Bangkok on Friday and Saturday, their first talks since November.",
        "Friday",
        "2024-01-26",
        "point",
    ),
    (
        "2024-02-01",
        "Sullivan and Wang met in Bangkok on Friday and Saturday, their first talks since November.",
        "Saturday",
        "2024-01-27",
        "point",
    ),
    (
        "2024-02-01",
        "Sullivan and Wang met in Bangkok on Friday and Saturday, their first talks since November.",
        "November",
        "2023-11",
        "point",
    ),
    (
        "2024-02-01",
        "Chinese and U.S. officials will hold talks on fentanyl in Beijing next week.",
        "next week",
        "2024-W06",
        "point",
    ),
    (
        "2024-02-01",
        "Taiwan's Jan. 13 election returned the ruling party to power.",
        "Jan. 13",
        "2024-01-13",
        "point",
    ),
    (
        "2024-02-01",
        "Evergrande was ordered to liquidate by a Hong Kong court on Monday.",
        "Monday",
        "2024-01-29",
        "point",
    ),
    (
        "2024-02-01",
        "Home sales have slumped for nearly three years.",
        "nearly three years",
        "P3Y",
        "DURATION",
    ),
    (
        "2024-02-01",
        "Over the past 12 months, the index has lost 20%.",
        "the past 12 months",
        "P12M",
        "DURATION",
    ),
    (
        "2024-02-01",
        "In December, Beijing banned exports of rare earth processing technology.",
        "December",
        "2023-12",
        "point",
    ),
    (
        "2024-02-01",
        "US, China officials meet in Beijing Tuesday for fentanyl talks",
        "Tuesday",
        "2024-01-30",
        "point",
    ),
    (
        "2024-02-01",
        "Officials said the talks, which began on Tuesday, had been constructive.",
        "Tuesday",
        "2024-01-30",
        "point",
    ),
    # AFP / Taipei Times, a Saturday
    (
        "2023-04-08",
        "TAIPEI (AFP) - China launched military drills around Taiwan on Saturday, days after the island's president returned from the United States.",
        "Saturday",
        "2023-04-08",
        "point",
    ),
    (
        "2023-04-08",
        "Tsai met US House Speaker Kevin McCarthy in California on Wednesday.",
        "Wednesday",
        "2023-04-05",
        "point",
    ),
    (
        "2023-04-08",
        "The exercises will run until Monday, the People's Liberation Army said.",
        "Monday",
        "2023-04-10",
        "point",
    ),
    (
        "2023-04-08",
        "Beijing held similar drills in August last year after Pelosi's visit.",
        "August",
        "2022-08",
        "point",
    ),
    (
        "2023-04-08",
        "French President Emmanuel Macron ended a three-day state visit to China on Friday.",
        "three-day",
        "P3D",
        "DURATION",
    ),
    (
        "2023-04-08",
        "French President Emmanuel Macron ended a three-day state visit to China on Friday.",
        "Friday",
        "2023-04-07",
        "point",
    ),
    (
        "2023-04-08",
        "Tsai's 10-day trip took her to Guatemala and Belize.",
        "10-day",
        "P10D",
        "DURATION",
    ),
    ("2023-04-08", "Honduras cut ties with Taipei last month.", "last month", "2023-03", "point"),
    (
        "2023-04-08",
        "The drills come as the island prepares for presidential elections in January.",
        "January",
        "2024-01",
        "point",
    ),
    # Xinhua / Yonhap, the last day of the year
    (
        "2025-12-31",
        "BEIJING, Dec. 31 (Xinhua) -- Chinese President Xi Jinping will deliver his New Year address on Wednesday evening.",
        "Dec. 31",
        "2025-12-31",
        "point",
    ),
    (
        "2025-12-31",
        "BEIJING, Dec. 31 (Xinhua) -- Chinese President Xi Jinping will deliver his New Year address on Wednesday evening.",
        "Wednesday",
        "2025-12-31",
        "point",
    ),
    (
        "2025-12-31",
        "SEOUL, Dec. 31 (Yonhap) -- South Korea's exports rose 3.8 percent this year, data released Tuesday showed.",
        "this year",
        "2025",
        "point",
    ),
    (
        "2025-12-31",
        "SEOUL, Dec. 31 (Yonhap) -- South Korea's exports rose 3.8 percent this year, data released Tuesday showed.",
        "Tuesday",
        "2025-12-30",
        "point",
    ),
    (
        "2025-12-31",
        "The trade ministry expects exports to top $720 billion next year.",
        "next year",
        "2026",
        "point",
    ),
    ("2025-12-31", "The new rules take effect Jan. 1.", "Jan. 1", "2026-01-01", "point"),
    (
        "2025-12-31",
        "Exports to China fell 2.1 percent in November from a year earlier.",
        "November",
        "2025-11",
        "point",
    ),
    (
        "2025-12-31",
        "The two leaders will hold a summit in early January, officials said.",
        "early January",
        "2026-01",
        "point",
    ),
    (
        "2025-12-31",
        "Seoul and Beijing resumed visa-free travel in September.",
        "September",
        "2025-09",
        "point",
    ),
    (
        "2025-12-31",
        "A 29-year-old North Korean soldier defected across the border last week.",
        "29-year-old",
        "P29Y",
        "AGE",
    ),
    (
        "2025-12-31",
        "A 29-year-old North Korean soldier defected across the border last week.",
        "last week",
        "2025-W52",
        "point",
    ),
    (
        "2025-12-31",
        "The country's population has declined for five consecutive years.",
        "five consecutive years",
        "P5Y",
        "DURATION",
    ),
    (
        "2025-12-31",
        "The ministry said the envoy had arrived on Monday and would leave on Friday.",
        "Monday",
        "2025-12-29",
        "point",
    ),
    (
        "2025-12-31",
        "The ministry said the envoy had arrived on Monday and would leave on Friday.",
        "Friday",
        "2026-01-02",
        "point",
    ),
    (
        "2025-12-31",
        "The address is broadcast every year on state television.",
        "every year",
        "P1Y",
        "SET",
    ),
    # Al Jazeera / The Hindu / Straits Times, the first Monday of the year
    (
        "2026-01-05",
        "China's foreign ministry on Sunday condemned the arms sale announced last month.",
        "Sunday",
        "2026-01-04",
        "point",
    ),
    (
        "2026-01-05",
        "China's foreign ministry on Sunday condemned the arms sale announced last month.",
        "last month",
        "2025-12",
        "point",
    ),
    (
        "2026-01-05",
        "The PLA staged large-scale drills around Taiwan on Dec 29-30.",
        "Dec 29-30",
        "2025-12-29/2025-12-30",
        "range",
    ),
    (
        "2026-01-05",
        "Indian and Chinese officials are scheduled to meet on Thursday to discuss border patrolling.",
        "Thursday",
        "2026-01-08",
        "point",
    ),
    (
        "2026-01-05",
        "The two countries restored direct flights in October after a five-year suspension.",
        "October",
        "2025-10",
        "point",
    ),
    (
        "2026-01-05",
        "The two countries restored direct flights in October after a five-year suspension.",
        "five-year",
        "P5Y",
        "DURATION",
    ),
    (
        "2026-01-05",
        "Singapore's economy grew 4.8 percent last year, advance estimates released on Friday showed.",
        "last year",
        "2025",
        "point",
    ),
    (
        "2026-01-05",
        "Singapore's economy grew 4.8 percent last year, advance estimates released on Friday showed.",
        "Friday",
        "2026-01-02",
        "point",
    ),
    (
        "2026-01-05",
        "The ministry will release fourth-quarter GDP data on Jan. 15.",
        "fourth-quarter",
        "2025-Q4",
        "point",
    ),
    (
        "2026-01-05",
        "The ministry will release fourth-quarter GDP data on Jan. 15.",
        "Jan. 15",
        "2026-01-15",
        "point",
    ),
    (
        "2026-01-05",
        "Since January 2025, the city has recorded 40 such cases.",
        "January 2025",
        "2025-01",
        "point",
    ),
    (
        "2026-01-05",
        "The trial is set to begin later this month.",
        "later this month",
        "2026-01",
        "point",
    ),
    (
        "2026-01-05",
        "For much of the past year, relations were frosty.",
        "the past year",
        "P1Y",
        "DURATION",
    ),
    (
        "2026-01-05",
        "The new envoy arrived in Beijing over the weekend.",
        "the weekend",
        "2026-W01-WE",
        "point",
    ),
    ("2026-01-05", "The ban has been in place for 18 months.", "18 months", "P18M", "DURATION"),
    (
        "2026-01-05",
        "India, China to resume border talks Thursday",
        "Thursday",
        "2026-01-08",
        "point",
    ),
    # Nikkei / SCMP / AP, a Friday at the end of June
    (
        "2024-06-28",
        "The yen fell to its weakest level against the dollar since December 1986 on Wednesday.",
        "December 1986",
        "1986-12",
        "point",
    ),
    (
        "2024-06-28",
        "The yen fell to its weakest level against the dollar since December 1986 on Wednesday.",
        "Wednesday",
        "2024-06-26",
        "point",
    ),
    (
        "2024-06-28",
        "Japan's core consumer prices rose 2.1% in May, data showed on Friday.",
        "May",
        "2024-05",
        "point",
    ),
    (
        "2024-06-28",
        "Japan's core consumer prices rose 2.1% in May, data showed on Friday.",
        "Friday",
        "2024-06-28",
        "point",
    ),
    (
        "2024-06-28",
        "Chinese Premier Li Qiang ended a four-day visit to Malaysia on Thursday.",
        "four-day",
        "P4D",
        "DURATION",
    ),
    (
        "2024-06-28",
        "Chinese Premier Li Qiang ended a four-day visit to Malaysia on Thursday.",
        "Thursday",
        "2024-06-27",
        "point",
    ),
    (
        "2024-06-28",
        "The Bank of Japan will meet on July 30-31 to decide on rates.",
        "July 30-31",
        "2024-07-30/2024-07-31",
        "range",
    ),
    (
        "2024-06-28",
        "Chinese coast guard personnel boarded Philippine boats on June 17.",
        "June 17",
        "2024-06-17",
        "point",
    ),
    (
        "2024-06-28",
        "The first TV debate between Biden and Trump was held on Thursday night.",
        "Thursday",
        "2024-06-27",
        "point",
    ),
    ("2024-06-28", "The second debate is set for Sept. 10.", "Sept. 10", "2024-09-10", "point"),
    (
        "2024-06-28",
        "Xi has ruled China for more than a decade.",
        "more than a decade",
        "P1DE",
        "DURATION",
    ),
    (
        "2024-06-28",
        "Tokyo and Seoul will hold a security dialogue in the coming months.",
        "the coming months",
        "FUTURE_REF",
        "VAGUE",
    ),
    ("2024-06-28", "The earnings season begins in mid-July.", "mid-July", "2024-07", "point"),
    (
        "2024-06-28",
        "A spokesman said the minister would travel to Beijing on Monday.",
        "Monday",
        "2024-07-01",
        "point",
    ),
    (
        "2024-06-28",
        "Relations have improved in recent months.",
        "recent months",
        "PAST_REF",
        "VAGUE",
    ),
    # Reuters / Global Times, the day of the Pelosi visit
    (
        "2022-08-02",
        "Pelosi is expected to arrive in Taipei on Tuesday night, sources said.",
        "Tuesday",
        "2022-08-02",
        "point",
    ),
    (
        "2022-08-02",
        "China's military will conduct live-fire drills from Thursday to Sunday.",
        "Thursday to Sunday",
        "2022-08-04/2022-08-07",
        "range",
    ),
    (
        "2022-08-02",
        "The last House speaker to visit Taiwan was Newt Gingrich in 1997.",
        "1997",
        "1997",
        "point",
    ),
    (
        "2022-08-02",
        "The Chinese foreign ministry warned on Monday that the PLA would not sit idly by.",
        "Monday",
        "2022-08-01",
        "point",
    ),
    (
        "2022-08-02",
        "Xi and Biden spoke by phone last Thursday.",
        "last Thursday",
        "2022-07-28",
        "point",
    ),
    (
        "2022-08-02",
        "China's exports rose 17.9% in June from a year earlier.",
        "June",
        "2022-06",
        "point",
    ),
    (
        "2022-08-02",
        "The ministers last met in Bali in early July.",
        "early July",
        "2022-07",
        "point",
    ),
    ("2022-08-02", "Tensions have been rising for weeks.", "weeks", "PXW", "DURATION"),
    (
        "2022-08-02",
        "Analysts expect the crisis to ease in the months ahead.",
        "the months ahead",
        "FUTURE_REF",
        "VAGUE",
    ),
    (
        "2022-08-02",
        "Taiwan's 41-year-old digital minister was among those who greeted her.",
        "41-year-old",
        "P41Y",
        "AGE",
    ),
]

# Status batch S2, written after the rules were changed for S1 and scored once before any
# further change. First run: 36/39 (92.3 %). Misses: "met …, breaking an 18-month freeze"
# (active), "unlikely to resume" (proposed), "has not ruled out resuming" (suspended).
STATUS_S2: list[StatusCase] = [
    (
        "The Chinese military has refused to engage with the Pentagon since the Pelosi visit.",
        "refused to engage",
        "refused",
    ),
    ("Beijing has yet to agree to a meeting between the defense chiefs.", "agree", "refused"),
    (
        "The two sides agreed to set up a working group on counternarcotics.",
        "set up a working group",
        "proposed",
    ),
    (
        "Military hotline talks between Washington and Beijing remain stalled.",
        "remain stalled",
        "suspended",
    ),
    (
        "China's defence minister met his U.S. counterpart on Friday, breaking an 18-month freeze.",
        "met",
        "resumed",
    ),
    ("Beijing cancelled a scheduled round of maritime talks in protest.", "cancelled", "suspended"),
    ("US, China to resume mil-mil talks, Biden says", "resume", "proposed"),
    ("The talks have not taken place since 2021.", "taken place", "suspended"),
    ("China shut down the climate working group after the visit.", "shut down", "severed"),
    ("Both sides said they hoped to resume the dialogue soon.", "resume the dialogue", "proposed"),
    (
        "A Chinese spokesperson said Beijing would consider restarting the talks.",
        "restarting the talks",
        "proposed",
    ),
    (
        "The theater commanders spoke by video conference for the first time in over two years.",
        "spoke",
        "resumed",
    ),
    (
        "China indefinitely postponed the consultations, citing scheduling problems.",
        "postponed",
        "suspended",
    ),
    ("Washington offered to reopen the hotline, but Beijing said no.", "said no", "refused"),
    (
        "Washington offered to reopen the hotline, but Beijing said no.",
        "offered to reopen",
        "proposed",
    ),
    (
        "The US and Chinese defense chiefs have held regular calls since the Woodside summit.",
        "held regular calls",
        "active",
    ),
    ("Beijing froze climate cooperation with Washington in August 2022.", "froze", "suspended"),
    (
        "Climate talks were revived when Kerry visited Beijing in July 2023.",
        "were revived",
        "resumed",
    ),
    (
        "The Pentagon said China had rebuffed more than a dozen requests for talks.",
        "rebuffed",
        "refused",
    ),
    ("Defense talks are likely to restart next year, analysts say.", "restart", "proposed"),
    (
        "Military communication channels were reestablished in late 2023.",
        "reestablished",
        "resumed",
    ),
    ("China did not cut off all contacts; working-level exchanges continued.", "cut off", "active"),
    (
        "China did not cut off all contacts; working-level exchanges continued.",
        "continued",
        "active",
    ),
    (
        "Japan and China agreed to restart a security dialogue that had been suspended for four years.",
        "restart",
        "proposed",
    ),
    (
        "Japan and China agreed to restart a security dialogue that had been suspended for four years.",
        "suspended",
        "suspended",
    ),
    (
        "The Chinese navy's top officer declined an invitation to the symposium.",
        "declined",
        "refused",
    ),
    ("Talks on a code of conduct broke down in 2020.", "broke down", "severed"),
    (
        "Bilateral consultations on maritime affairs resumed in Xiamen on Wednesday.",
        "resumed",
        "resumed",
    ),
    (
        "The two militaries are in regular contact, a Pentagon official said.",
        "in regular contact",
        "active",
    ),
    ("Seoul proposed resuming the trilateral summit.", "proposed resuming", "proposed"),
    ("Beijing refused to hold a phone call after the balloon was shot down.", "refused", "refused"),
    ("China halts climate, military talks with US over Pelosi visit", "halts", "suspended"),
    (
        "US and Chinese officials will meet in Geneva next month to discuss AI risk.",
        "will meet",
        "proposed",
    ),
    (
        "The meeting of the two defence ministers was called off at short notice.",
        "called off",
        "suspended",
    ),
    (
        "Contacts between the militaries were severed in 2022 and restored in 2023.",
        "severed",
        "severed",
    ),
    (
        "Contacts between the militaries were severed in 2022 and restored in 2023.",
        "restored",
        "resumed",
    ),
    ("The talks are unlikely to resume before the election.", "resume", "suspended"),
    ("China has not ruled out resuming the dialogue.", "resuming the dialogue", "proposed"),
    (
        "The strategic dialogue was launched in 2006 and has not met since 2016.",
        "has not met",
        "suspended",
    ),
]

# Batch D3, written after the rules were changed for D2 and scored once before any further
# change. First run: calendar mentions 48/48 exact; durations, ages and vague phrases dated
# 0/10. Anchors: Sun 2024-11-10, Thu 2023-03-02, Mon 2025-09-01, Fri 2022-12-30,
# Wed 2024-07-03.
BATCH_D3: list[DevCase] = [
    # The Guardian / BBC (day-month dates), a Sunday
    (
        "2024-11-10",
        "Donald Trump won the US presidential election on Tuesday, defeating Kamala Harris.",
        "Tuesday",
        "2024-11-05",
        "point",
    ),
    ("2024-11-10", "Trump will be sworn in on 20 January.", "20 January", "2025-01-20", "point"),
    (
        "2024-11-10",
        "China's exports grew 12.7% in October, the fastest pace in more than a year.",
        "October",
        "2024-10",
        "point",
    ),
    (
        "2024-11-10",
        "China's exports grew 12.7% in October, the fastest pace in more than a year.",
        "more than a year",
        "P1Y",
        "DURATION",
    ),
    (
        "2024-11-10",
        "Xi congratulated Trump in a message on Thursday.",
        "Thursday",
        "2024-11-07",
        "point",
    ),
    (
        "2024-11-10",
        "The Chinese legislature approved a 10tn yuan debt package on Friday.",
        "Friday",
        "2024-11-08",
        "point",
    ),
    (
        "2024-11-10",
        "The Zhuhai airshow opens on 12 November.",
        "12 November",
        "2024-11-12",
        "point",
    ),
    (
        "2024-11-10",
        "Biden and Xi are expected to meet in Lima next week.",
        "next week",
        "2024-W46",
        "point",
    ),
    (
        "2024-11-10",
        "The two leaders last met a year ago in California.",
        "a year ago",
        "2023",
        "point",
    ),
    (
        "2024-11-10",
        "The party's 20th congress was held in October 2022.",
        "October 2022",
        "2022-10",
        "point",
    ),
    (
        "2024-11-10",
        "Over the weekend, Chinese state media urged calm.",
        "the weekend",
        "2024-W45-WE",
        "point",
    ),
    (
        "2024-11-10",
        "Analysts have warned for months that a trade war could return.",
        "months",
        "PXM",
        "DURATION",
    ),
    # Reuters / Kyodo, a Thursday
    (
        "2023-03-02",
        "NEW DELHI, March 2 (Reuters) - Blinken and Qin Gang met briefly on the sidelines of the G20 meeting on Thursday.",
        "March 2",
        "2023-03-02",
        "point",
    ),
    (
        "2023-03-02",
        "NEW DELHI, March 2 (Reuters) - Blinken and Qin Gang met briefly on the sidelines of the G20 meeting on Thursday.",
        "Thursday",
        "2023-03-02",
        "point",
    ),
    (
        "2023-03-02",
        "It was their first encounter since the Munich Security Conference last month.",
        "last month",
        "2023-02",
        "point",
    ),
    (
        "2023-03-02",
        "China's parliament opens its annual session on Sunday.",
        "Sunday",
        "2023-03-05",
        "point",
    ),
    (
        "2023-03-02",
        "The balloon was shot down off South Carolina on Feb. 4.",
        "Feb. 4",
        "2023-02-04",
        "point",
    ),
    (
        "2023-03-02",
        "Beijing released its position paper on Ukraine last Friday.",
        "last Friday",
        "2023-02-24",
        "point",
    ),
    (
        "2023-03-02",
        "Japan's Kishida will visit Kyiv before the G7 summit in May.",
        "May",
        "2023-05",
        "point",
    ),
    (
        "2023-03-02",
        "The 40-year-old minister took office in December.",
        "40-year-old",
        "P40Y",
        "AGE",
    ),
    (
        "2023-03-02",
        "The 40-year-old minister took office in December.",
        "December",
        "2022-12",
        "point",
    ),
    (
        "2023-03-02",
        "Defence spending is set to rise by about 7% this year.",
        "this year",
        "2023",
        "point",
    ),
    (
        "2023-03-02",
        "Factory activity expanded at the fastest pace in more than a decade in February.",
        "more than a decade",
        "P1DE",
        "DURATION",
    ),
    (
        "2023-03-02",
        "Factory activity expanded at the fastest pace in more than a decade in February.",
        "February",
        "2023-02",
        "point",
    ),
    (
        "2023-03-02",
        "The spokesman said talks could take place in the next few weeks.",
        "the next few weeks",
        "FUTURE_REF",
        "VAGUE",
    ),
    # Xinhua / SCMP / AFP, a Monday
    (
        "2025-09-01",
        "TIANJIN, Sept. 1 (Xinhua) -- The SCO summit opened in Tianjin on Sunday.",
        "Sept. 1",
        "2025-09-01",
        "point",
    ),
    (
        "2025-09-01",
        "TIANJIN, Sept. 1 (Xinhua) -- The SCO summit opened in Tianjin on Sunday.",
        "Sunday",
        "2025-08-31",
        "point",
    ),
    (
        "2025-09-01",
        "Modi arrived in China on Saturday, his first visit in seven years.",
        "Saturday",
        "2025-08-30",
        "point",
    ),
    (
        "2025-09-01",
        "Modi arrived in China on Saturday, his first visit in seven years.",
        "seven years",
        "P7Y",
        "DURATION",
    ),
    (
        "2025-09-01",
        "Beijing will hold a military parade on Wednesday to mark 80 years since the end of World War II.",
        "Wednesday",
        "2025-09-03",
        "point",
    ),
    (
        "2025-09-01",
        "Beijing will hold a military parade on Wednesday to mark 80 years since the end of World War II.",
        "80 years",
        "P80Y",
        "DURATION",
    ),
    ("2025-09-01", "Putin and Xi last met in Moscow in May.", "May", "2025-05", "point"),
    (
        "2025-09-01",
        "US tariffs on Indian goods doubled to 50% last week.",
        "last week",
        "2025-W35",
        "point",
    ),
    ("2025-09-01", "The tariffs took effect on Aug 27.", "Aug 27", "2025-08-27", "point"),
    ("2025-09-01", "The summit ends on Monday.", "Monday", "2025-09-01", "point"),
    (
        "2025-09-01",
        "Leaders are due to adopt the Tianjin declaration later on Monday.",
        "Monday",
        "2025-09-01",
        "point",
    ),
    (
        "2025-09-01",
        "China and India agreed in August to resume direct flights.",
        "August",
        "2025-08",
        "point",
    ),
    (
        "2025-09-01",
        "Relations between the two neighbours have thawed since October 2024.",
        "October 2024",
        "2024-10",
        "point",
    ),
    ("2025-09-01", "The 10-nation bloc was founded in 2001.", "2001", "2001", "point"),
    # AP / Bloomberg, the Friday before the new year
    (
        "2022-12-30",
        "BEIJING (AP) — China will end quarantine for travellers arriving from abroad on Jan. 8.",
        "Jan. 8",
        "2023-01-08",
        "point",
    ),
    (
        "2022-12-30",
        "The government announced the change on Monday night.",
        "Monday",
        "2022-12-26",
        "point",
    ),
    (
        "2022-12-30",
        "Hospitals have been overwhelmed since early December.",
        "early December",
        "2022-12",
        "point",
    ),
    (
        "2022-12-30",
        "Beijing scrapped most of its zero-COVID rules on Dec. 7.",
        "Dec. 7",
        "2022-12-07",
        "point",
    ),
    (
        "2022-12-30",
        "The US will require negative tests from Chinese travelers starting Jan. 5.",
        "Jan. 5",
        "2023-01-05",
        "point",
    ),
    (
        "2022-12-30",
        "Markets in Hong Kong will be closed on Monday for the New Year holiday.",
        "Monday",
        "2023-01-02",
        "point",
    ),
    (
        "2022-12-30",
        "China's economy grew 3.9% in the third quarter.",
        "the third quarter",
        "2022-Q3",
        "point",
    ),
    (
        "2022-12-30",
        "Officials expect infections to peak in the next two weeks.",
        "the next two weeks",
        "P2W",
        "DURATION",
    ),
    ("2022-12-30", "The Shanghai index fell 15% this year.", "this year", "2022", "point"),
    (
        "2022-12-30",
        "Officials will review the policy at the end of January.",
        "the end of January",
        "2023-01",
        "point",
    ),
    # Nikkei / Al Jazeera / Yonhap, a Wednesday
    (
        "2024-07-03",
        "SEOUL -- North Korea launched two ballistic missiles on Monday, the South's military said.",
        "Monday",
        "2024-07-01",
        "point",
    ),
    (
        "2024-07-03",
        "Kim and Putin signed a defence pact in Pyongyang on June 19.",
        "June 19",
        "2024-06-19",
        "point",
    ),
    (
        "2024-07-03",
        "The US, Japan and South Korea held their first three-way drills last week.",
        "last week",
        "2024-W26",
        "point",
    ),
    (
        "2024-07-03",
        "Japan's new banknotes entered circulation on Wednesday.",
        "Wednesday",
        "2024-07-03",
        "point",
    ),
    (
        "2024-07-03",
        "The Bank of Japan raised rates in March for the first time in 17 years.",
        "March",
        "2024-03",
        "point",
    ),
    (
        "2024-07-03",
        "The Bank of Japan raised rates in March for the first time in 17 years.",
        "17 years",
        "P17Y",
        "DURATION",
    ),
    (
        "2024-07-03",
        "Shoigu visited Pyongyang in September last year.",
        "September",
        "2023-09",
        "point",
    ),
    (
        "2024-07-03",
        "The NATO summit will be held in Washington from July 9 to 11.",
        "July 9 to 11",
        "2024-07-09/2024-07-11",
        "range",
    ),
    (
        "2024-07-03",
        "Yoon's approval rating has hovered near 25% for weeks.",
        "weeks",
        "PXW",
        "DURATION",
    ),
]

# Status batch S3, written after the rules were changed for S2 and scored once before any
# further change. First run: 28/30 (93.3 %). Misses: "resume the stalled negotiations"
# (read from "stalled": suspended), "but cut again weeks later" (resumed).
STATUS_S3: list[StatusCase] = [
    ("Beijing has ignored repeated US requests to reopen the line.", "ignored", "refused"),
    (
        "China and the Philippines agreed on Sunday to set up a new hotline.",
        "set up a new hotline",
        "proposed",
    ),
    (
        "The two coast guards have not communicated since the collision.",
        "communicated",
        "suspended",
    ),
    (
        "China suspended the exchange program in 2020 and has not revived it.",
        "suspended",
        "suspended",
    ),
    (
        "China suspended the exchange program in 2020 and has not revived it.",
        "revived",
        "suspended",
    ),
    (
        "The defence ministers are expected to hold their first talks in two years next month.",
        "hold their first talks",
        "proposed",
    ),
    (
        "Military-to-military communication has been fully restored, Austin said.",
        "restored",
        "resumed",
    ),
    ("Beijing snubbed an invitation to the Reagan Forum.", "snubbed", "refused"),
    ("The dialogue collapsed after the 2022 visit.", "collapsed", "severed"),
    ("Talks between the two navies continued despite the incident.", "continued", "active"),
    (
        "The meeting between the foreign ministers went ahead as scheduled on Friday.",
        "went ahead",
        "active",
    ),
    ("North Korea has not responded to Seoul's offer of talks.", "responded", "refused"),
    (
        "Seoul offered to hold talks with Pyongyang on the issue.",
        "offered to hold talks",
        "proposed",
    ),
    (
        "China said it would consider a request for a call between the defence chiefs.",
        "consider",
        "proposed",
    ),
    ("Washington and Beijing restored their climate working group in 2023.", "restored", "resumed"),
    ("The working group had been dormant since 2022.", "dormant", "suspended"),
    ("Beijing put the talks on ice after the sanctions.", "put the talks on ice", "suspended"),
    ("The hotline was reactivated in March.", "reactivated", "resumed"),
    (
        "The two sides will not resume talks until the sanctions are lifted, China said.",
        "resume talks",
        "refused",
    ),
    (
        "The foreign ministers spoke by phone on Tuesday, their first call in six months.",
        "spoke by phone",
        "resumed",
    ),
    ("Austin called for the restoration of the military hotline.", "called for", "proposed"),
    (
        "The dialogue will be held annually, the two sides agreed.",
        "will be held annually",
        "proposed",
    ),
    ("Japan and China have maintained a defence hotline since 2023.", "maintained", "active"),
    ("Beijing froze the talks in August but thawed them in November.", "thawed", "resumed"),
    ("Beijing froze the talks in August but thawed them in November.", "froze", "suspended"),
    (
        "The two countries agreed to resume the stalled negotiations.",
        "resume the stalled negotiations",
        "proposed",
    ),
    (
        "Pyongyang cut all communication lines with Seoul in 2020.",
        "cut all communication lines",
        "severed",
    ),
    (
        "Communication lines were restored in July 2021 but cut again weeks later.",
        "restored",
        "resumed",
    ),
    (
        "Communication lines were restored in July 2021 but cut again weeks later.",
        "cut again",
        "severed",
    ),
    ("The navies held their first talks in three years.", "held their first talks", "resumed"),
]

# Status batch S4, written after the rules were changed for S3 and scored once before any
# further change. First run: 24/29 (82.8 %). Misses: "are back after a yearlong freeze"
# (suspended), "discussed resuming" (resumed), "a video call … is planned" (active), "has
# been silent" (active), "did not go ahead" (proposed).
STATUS_S4: list[StatusCase] = [
    (
        "Military talks between China and the US are back after a yearlong freeze.",
        "are back",
        "resumed",
    ),
    (
        "The Pentagon said Chinese counterparts had repeatedly declined its calls.",
        "declined",
        "refused",
    ),
    (
        "China and Japan held their first high-level security dialogue in four years on Friday.",
        "held their first high-level security dialogue",
        "resumed",
    ),
    ("The two navies will restart the consultations later this year.", "restart", "proposed"),
    ("China rejected Washington's proposal for a crisis hotline.", "rejected", "refused"),
    (
        "The US has been pressing China to reopen military channels.",
        "reopen military channels",
        "proposed",
    ),
    (
        "Contacts between the coast guards were interrupted by the pandemic.",
        "interrupted",
        "suspended",
    ),
    (
        "Beijing has not held military talks with Washington since August 2022.",
        "held military talks",
        "suspended",
    ),
    ("The defence chiefs finally spoke on Friday after months of silence.", "spoke", "resumed"),
    (
        "China agreed in principle to a call between the defence chiefs.",
        "agreed in principle",
        "proposed",
    ),
    ("Military exchanges remain on hold, a Chinese spokesman said.", "remain on hold", "suspended"),
    ("The US and China kept talking throughout the crisis.", "kept talking", "active"),
    ("China shelved plans for a summit with South Korea.", "shelved", "suspended"),
    ("The two sides discussed resuming the dialogue.", "resuming the dialogue", "proposed"),
    ("Beijing turned a deaf ear to calls for talks.", "turned a deaf ear", "refused"),
    ("Japan and China reopened their defence hotline in May.", "reopened", "resumed"),
    (
        "South Korea proposed military talks to the North, which did not reply.",
        "did not reply",
        "refused",
    ),
    (
        "South Korea proposed military talks to the North, which did not reply.",
        "proposed military talks",
        "proposed",
    ),
    (
        "A video call between the theater commanders is planned for the coming weeks.",
        "video call",
        "proposed",
    ),
    ("The talks were abruptly halted in 2019.", "were abruptly halted", "suspended"),
    ("China ended the consultations in retaliation.", "ended the consultations", "severed"),
    ("US officials hope to revive the working group.", "revive the working group", "proposed"),
    ("The hotline has been silent since the incident.", "has been silent", "suspended"),
    (
        "The two ministers met in Vientiane, resuming contacts frozen since the spring.",
        "met",
        "resumed",
    ),
    ("The dialogue was relaunched in Beijing on Wednesday.", "relaunched", "resumed"),
    (
        "The sides have resumed regular contacts between their defence ministries.",
        "resumed regular contacts",
        "resumed",
    ),
    ("The planned talks did not go ahead.", "did not go ahead", "suspended"),
    (
        "China is open to restoring the dialogue if the US changes course.",
        "restoring the dialogue",
        "proposed",
    ),
    ("The maritime consultations were held virtually in April.", "were held virtually", "active"),
]

# Batch D4, written after the rules were changed for D3 and scored once before any further
# change. First run: calendar mentions 32/34 exact (94.1 %); durations dated 0/8. Misses:
# "Markets reopen on Feb. 5" (last year's), "in August last year" (this year's). Anchors: Tue 2024-04-16, Sat 2025-02-01, Thu 2023-11-16.
BATCH_D4: list[DevCase] = [
    (
        "2024-04-16",
        "WASHINGTON, April 16 (Reuters) - U.S. Defense Secretary Lloyd Austin spoke with Chinese counterpart Dong Jun on Tuesday, the first such talks in nearly 18 months.",
        "April 16",
        "2024-04-16",
        "point",
    ),
    (
        "2024-04-16",
        "WASHINGTON, April 16 (Reuters) - U.S. Defense Secretary Lloyd Austin spoke with Chinese counterpart Dong Jun on Tuesday, the first such talks in nearly 18 months.",
        "Tuesday",
        "2024-04-16",
        "point",
    ),
    (
        "2024-04-16",
        "WASHINGTON, April 16 (Reuters) - U.S. Defense Secretary Lloyd Austin spoke with Chinese counterpart Dong Jun on Tuesday, the first such talks in nearly 18 months.",
        "nearly 18 months",
        "P18M",
        "DURATION",
    ),
    (
        "2024-04-16",
        "Iran launched drones and missiles at Israel late on Saturday.",
        "Saturday",
        "2024-04-13",
        "point",
    ),
    (
        "2024-04-16",
        "China's first-quarter GDP grew 5.3%, data showed on Tuesday.",
        "first-quarter",
        "2024-Q1",
        "point",
    ),
    (
        "2024-04-16",
        "Yellen wrapped up a four-day visit to China last week.",
        "four-day",
        "P4D",
        "DURATION",
    ),
    (
        "2024-04-16",
        "Yellen wrapped up a four-day visit to China last week.",
        "last week",
        "2024-W15",
        "point",
    ),
    (
        "2024-04-16",
        "Blinken is expected to travel to Beijing later this month.",
        "later this month",
        "2024-04",
        "point",
    ),
    (
        "2024-04-16",
        "India's six-week general election begins on Friday.",
        "six-week",
        "P6W",
        "DURATION",
    ),
    (
        "2024-04-16",
        "India's six-week general election begins on Friday.",
        "Friday",
        "2024-04-19",
        "point",
    ),
    ("2024-04-16", "Results will be announced on June 4.", "June 4", "2024-06-04", "point"),
    (
        "2024-04-16",
        "The Philippines and the US began their annual Balikatan drills on Monday.",
        "Monday",
        "2024-04-15",
        "point",
    ),
    ("2024-04-16", "The drills will run until May 10.", "May 10", "2024-05-10", "point"),
    (
        "2024-04-16",
        "Kishida addressed the US Congress on April 11.",
        "April 11",
        "2024-04-11",
        "point",
    ),
    (
        "2024-04-16",
        "Beijing has sanctioned US defence firms repeatedly since 2019.",
        "2019",
        "2019",
        "point",
    ),
    (
        "2025-02-01",
        "Trump signed an order on Saturday imposing 10% tariffs on Chinese goods.",
        "Saturday",
        "2025-02-01",
        "point",
    ),
    ("2025-02-01", "The tariffs take effect on Tuesday.", "Tuesday", "2025-02-04", "point"),
    (
        "2025-02-01",
        "DeepSeek released its R1 model on Jan. 20, the day of Trump's inauguration.",
        "Jan. 20",
        "2025-01-20",
        "point",
    ),
    ("2025-02-01", "Nvidia shares fell 17% on Monday.", "Monday", "2025-01-27", "point"),
    ("2025-02-01", "Markets reopen on Feb. 5.", "Feb. 5", "2025-02-05", "point"),
    (
        "2025-02-01",
        "The ceasefire in Gaza took effect on Jan. 19 after 15 months of war.",
        "Jan. 19",
        "2025-01-19",
        "point",
    ),
    (
        "2025-02-01",
        "The ceasefire in Gaza took effect on Jan. 19 after 15 months of war.",
        "15 months",
        "P15M",
        "DURATION",
    ),
    (
        "2025-02-01",
        "Hamas released three Israeli hostages on Thursday.",
        "Thursday",
        "2025-01-30",
        "point",
    ),
    ("2025-02-01", "The next exchange is set for Saturday.", "Saturday", "2025-02-01", "point"),
    (
        "2025-02-01",
        "A passenger jet crashed near Washington on Wednesday night, killing 67.",
        "Wednesday",
        "2025-01-29",
        "point",
    ),
    (
        "2025-02-01",
        "The Bank of Japan raised its key rate to 0.5% last week, the highest in 17 years.",
        "last week",
        "2025-W04",
        "point",
    ),
    (
        "2025-02-01",
        "The Bank of Japan raised its key rate to 0.5% last week, the highest in 17 years.",
        "17 years",
        "P17Y",
        "DURATION",
    ),
    (
        "2025-02-01",
        "Japan's exports have risen for three straight months.",
        "three straight months",
        "P3M",
        "DURATION",
    ),
    (
        "2023-11-16",
        "SAN FRANCISCO, Nov. 16 (Xinhua) -- Chinese President Xi Jinping and U.S. President Joe Biden held talks on Wednesday at the Filoli estate.",
        "Nov. 16",
        "2023-11-16",
        "point",
    ),
    (
        "2023-11-16",
        "SAN FRANCISCO, Nov. 16 (Xinhua) -- Chinese President Xi Jinping and U.S. President Joe Biden held talks on Wednesday at the Filoli estate.",
        "Wednesday",
        "2023-11-15",
        "point",
    ),
    (
        "2023-11-16",
        "It was their first face-to-face meeting in a year.",
        "a year",
        "P1Y",
        "DURATION",
    ),
    (
        "2023-11-16",
        "The two leaders last met in Bali in November 2022.",
        "November 2022",
        "2022-11",
        "point",
    ),
    (
        "2023-11-16",
        "Xi will attend the APEC leaders' meeting on Thursday and Friday.",
        "Thursday",
        "2023-11-16",
        "point",
    ),
    (
        "2023-11-16",
        "Xi will attend the APEC leaders' meeting on Thursday and Friday.",
        "Friday",
        "2023-11-17",
        "point",
    ),
    ("2023-11-16", "Biden called Xi a dictator in June.", "June", "2023-06", "point"),
    (
        "2023-11-16",
        "Military communications were cut after Pelosi's visit to Taipei in August last year.",
        "August",
        "2022-08",
        "point",
    ),
    (
        "2023-11-16",
        "China's factory output rose 4.6% in October from a year earlier.",
        "October",
        "2023-10",
        "point",
    ),
    ("2023-11-16", "The APEC summit runs through Friday.", "Friday", "2023-11-17", "point"),
    (
        "2023-11-16",
        "Chinese and US climate envoys met in California earlier this month.",
        "earlier this month",
        "2023-11",
        "point",
    ),
    (
        "2023-11-16",
        "The agreement on fentanyl had been under discussion for months.",
        "months",
        "PXM",
        "DURATION",
    ),
    (
        "2023-11-16",
        "Taiwan will hold a presidential election on Jan. 13.",
        "Jan. 13",
        "2024-01-13",
        "point",
    ),
    ("2023-11-16", "Xi's last visit to the United States was in 2017.", "2017", "2017", "point"),
]

# Status batch S5, written after the rules were changed for S4 and scored once before any
# further change. First run: 21/25 (84.0 %). Misses: "blocked" and "blown up" (no cue:
# active), "would not rule out suspending" (suspended), "an agreement to set up a hotline"
# (active).
STATUS_S5: list[StatusCase] = [
    (
        "The US and Chinese defence ministers held a 75-minute video call on Thursday, their first since November 2022.",
        "held a 75-minute video call",
        "resumed",
    ),
    (
        "China cancelled defence talks with the US over arms sales to Taiwan.",
        "cancelled defence talks",
        "suspended",
    ),
    (
        "The Pentagon is seeking to resume talks between theater commanders.",
        "resume talks",
        "proposed",
    ),
    ("Beijing blocked efforts to set up a crisis hotline.", "blocked", "refused"),
    ("Washington and Beijing re-opened consular talks in March.", "re-opened", "resumed"),
    ("The strategic dialogue has been held every year since 2009.", "has been held", "active"),
    ("The defence ministers' meeting was postponed until next year.", "postponed", "suspended"),
    ("China and the US will hold the next round of talks in Beijing.", "will hold", "proposed"),
    ("Seoul said it had restored the military hotline with Pyongyang.", "restored", "resumed"),
    (
        "North Korea did not answer calls on the liaison line on Monday.",
        "did not answer",
        "refused",
    ),
    ("The liaison office was blown up in 2020.", "blown up", "severed"),
    ("Beijing retaliated by halting cooperation on climate.", "halting cooperation", "suspended"),
    ("Xi and Biden agreed to a phone call in the spring.", "agreed to a phone call", "proposed"),
    ("The theater commanders' video link has been idle for two years.", "idle", "suspended"),
    (
        "China has rejected every request for a meeting since the balloon incident.",
        "rejected",
        "refused",
    ),
    ("The US and China have begun talks on artificial intelligence.", "begun talks", "active"),
    (
        "The hotline, which had been dormant, sprang back to life in January.",
        "sprang back to life",
        "resumed",
    ),
    (
        "Talks between the two militaries could be restored soon, an official said.",
        "restored",
        "proposed",
    ),
    ("China said it would not rule out suspending the talks.", "suspending the talks", "active"),
    ("Beijing withdrew its ambassador and froze talks.", "froze talks", "suspended"),
    (
        "The two coast guards signed an agreement to set up a hotline.",
        "set up a hotline",
        "proposed",
    ),
    (
        "Officials from both countries have been in touch through back channels.",
        "in touch",
        "active",
    ),
    (
        "The phone call that had been planned for Friday was cancelled.",
        "was cancelled",
        "suspended",
    ),
    ("Beijing has refused since 2022 to resume the dialogue.", "refused", "refused"),
    ("The talks resumed on Monday after a three-month pause.", "resumed", "resumed"),
]

# Batch D5, written after the rules were changed for D4 and scored once before any further
# change. First run: calendar mentions 22/24 exact (91.7 %); durations dated 0/5
# ("week-long" not found). Misses: "a year since the Oct. 7 attack" (this year's), "cut
# rates last month and meets again on Oct. 17" (last year's). Anchors: Mon 2024-10-07, Fri 2025-05-30.
BATCH_D5: list[DevCase] = [
    (
        "2024-10-07",
        "Chinese markets will reopen on Tuesday after the week-long National Day holiday.",
        "Tuesday",
        "2024-10-08",
        "point",
    ),
    (
        "2024-10-07",
        "Chinese markets will reopen on Tuesday after the week-long National Day holiday.",
        "week-long",
        "P1W",
        "DURATION",
    ),
    (
        "2024-10-07",
        "Beijing unveiled a stimulus package on Sept. 24.",
        "Sept. 24",
        "2024-09-24",
        "point",
    ),
    (
        "2024-10-07",
        "The Shanghai index has surged about 25% since late September.",
        "late September",
        "2024-09",
        "point",
    ),
    (
        "2024-10-07",
        "Israel marked a year since the Oct. 7 attack on Monday.",
        "Oct. 7",
        "2023-10-07",
        "point",
    ),
    (
        "2024-10-07",
        "Israel marked a year since the Oct. 7 attack on Monday.",
        "Monday",
        "2024-10-07",
        "point",
    ),
    (
        "2024-10-07",
        "Iran fired some 180 missiles at Israel last Tuesday.",
        "last Tuesday",
        "2024-10-01",
        "point",
    ),
    (
        "2024-10-07",
        "Hurricane Milton is expected to make landfall on Wednesday.",
        "Wednesday",
        "2024-10-09",
        "point",
    ),
    (
        "2024-10-07",
        "The storm follows Hurricane Helene, which killed more than 200 people in late September.",
        "late September",
        "2024-09",
        "point",
    ),
    (
        "2024-10-07",
        "The US election is less than a month away.",
        "less than a month",
        "P1M",
        "DURATION",
    ),
    (
        "2024-10-07",
        "China's foreign exchange reserves rose in September for a fifth month.",
        "September",
        "2024-09",
        "point",
    ),
    (
        "2024-10-07",
        "The Nobel peace prize will be announced on Friday.",
        "Friday",
        "2024-10-11",
        "point",
    ),
    (
        "2024-10-07",
        "The ECB cut rates last month and meets again on Oct. 17.",
        "last month",
        "2024-09",
        "point",
    ),
    (
        "2024-10-07",
        "The ECB cut rates last month and meets again on Oct. 17.",
        "Oct. 17",
        "2024-10-17",
        "point",
    ),
    (
        "2024-10-07",
        "In the past two weeks, the yuan has weakened.",
        "the past two weeks",
        "P2W",
        "DURATION",
    ),
    (
        "2025-05-30",
        "SINGAPORE, May 30 (Reuters) - Defence ministers gather in Singapore on Friday for the Shangri-La Dialogue.",
        "May 30",
        "2025-05-30",
        "point",
    ),
    (
        "2025-05-30",
        "SINGAPORE, May 30 (Reuters) - Defence ministers gather in Singapore on Friday for the Shangri-La Dialogue.",
        "Friday",
        "2025-05-30",
        "point",
    ),
    ("2025-05-30", "Hegseth will speak on Saturday.", "Saturday", "2025-05-31", "point"),
    (
        "2025-05-30",
        "China's defence minister is skipping the forum for the first time since 2019.",
        "2019",
        "2019",
        "point",
    ),
    (
        "2025-05-30",
        "A US court blocked most of Trump's tariffs on Wednesday.",
        "Wednesday",
        "2025-05-28",
        "point",
    ),
    (
        "2025-05-30",
        "The US and China agreed on May 12 to cut tariffs for 90 days.",
        "May 12",
        "2025-05-12",
        "point",
    ),
    (
        "2025-05-30",
        "The US and China agreed on May 12 to cut tariffs for 90 days.",
        "90 days",
        "P90D",
        "DURATION",
    ),
    ("2025-05-30", "The truce expires in mid-August.", "mid-August", "2025-08", "point"),
    (
        "2025-05-30",
        "South Korea votes on Tuesday in a snap presidential election.",
        "Tuesday",
        "2025-06-03",
        "point",
    ),
    ("2025-05-30", "Yoon was removed from office in April.", "April", "2025-04", "point"),
    (
        "2025-05-30",
        "Japan's core inflation hit a two-year high in April.",
        "two-year",
        "P2Y",
        "DURATION",
    ),
    (
        "2025-05-30",
        "The Bank of Japan meets on June 16-17.",
        "June 16-17",
        "2025-06-16/2025-06-17",
        "range",
    ),
    (
        "2025-05-30",
        "Harvard was barred from enrolling foreign students last week.",
        "last week",
        "2025-W21",
        "point",
    ),
    ("2025-05-30", "The Dalai Lama turns 90 in July.", "July", "2025-07", "point"),
]

# Status batch S6, written after the rules were changed for S5 and scored once before any
# further change. First run: 21/25 (84.0 %). Misses: "no intention of resuming" (suspended),
# "went dead" (active), "fell through" (proposed), "no military contact" (active).
STATUS_S6: list[StatusCase] = [
    ("Beijing said it had no intention of resuming the talks.", "resuming the talks", "refused"),
    (
        "Chinese and US officials are working towards a restart of military dialogue.",
        "restart",
        "proposed",
    ),
    (
        "The two armies have been holding regular border talks since 2020.",
        "holding regular border talks",
        "active",
    ),
    (
        "India and China held the 21st round of corps commander talks on Monday.",
        "held the 21st round",
        "active",
    ),
    (
        "China has called off a planned visit by the German foreign minister.",
        "called off",
        "suspended",
    ),
    (
        "Beijing and Canberra reopened ministerial dialogue after a three-year freeze.",
        "reopened",
        "resumed",
    ),
    (
        "Washington has repeatedly sought a call with Beijing but has been rebuffed.",
        "rebuffed",
        "refused",
    ),
    (
        "Washington has repeatedly sought a call with Beijing but has been rebuffed.",
        "sought a call",
        "proposed",
    ),
    ("The dialogue has been frozen for more than a year.", "frozen", "suspended"),
    ("Officials said the channel worked well during the crisis.", "worked well", "active"),
    (
        "Beijing will not restart the talks under pressure, a spokesman said.",
        "restart the talks",
        "refused",
    ),
    ("The commanders' hotline went dead after the incident.", "went dead", "suspended"),
    ("The talks have stalled since June.", "stalled", "suspended"),
    ("Military-to-military ties were restored last November.", "restored", "resumed"),
    ("The US is considering reopening its consulate in Chengdu.", "reopening", "proposed"),
    ("Beijing refuses to talk to Taiwan's president.", "refuses to talk", "refused"),
    ("The strategic economic dialogue was abandoned under Trump.", "abandoned", "severed"),
    ("The two defence chiefs met on the sidelines of the Shangri-La Dialogue.", "met", "active"),
    ("A planned meeting between the foreign ministers fell through.", "fell through", "suspended"),
    ("US and Chinese trade negotiators will meet again next week.", "will meet again", "proposed"),
    (
        "Talks between the two coast guards were suspended indefinitely.",
        "were suspended",
        "suspended",
    ),
    ("China turned down an offer of talks on nuclear arms control.", "turned down", "refused"),
    (
        "The two countries have had no military contact since the collision.",
        "no military contact",
        "suspended",
    ),
    (
        "The US and China held their first arms control talks in five years.",
        "held their first arms control talks",
        "resumed",
    ),
    ("Pyongyang has ignored Seoul's calls to reopen the liaison office.", "ignored", "refused"),
]

# Batch D6, written after the rules were changed for D5 and scored once before any further
# change. First run: calendar mentions 21/22 exact (95.5 %); durations dated 0/2. Miss: "kept
# rates on hold since January" (next year's: "hold" read as a schedule). Anchors: Wed 2024-01-03, Sat 2023-07-01.
BATCH_D6: list[DevCase] = [
    (
        "2024-01-03",
        "TOKYO, Jan 3 (Reuters) - A Japan Airlines jet collided with a coast guard plane at Haneda airport on Tuesday.",
        "Jan 3",
        "2024-01-03",
        "point",
    ),
    (
        "2024-01-03",
        "TOKYO, Jan 3 (Reuters) - A Japan Airlines jet collided with a coast guard plane at Haneda airport on Tuesday.",
        "Tuesday",
        "2024-01-02",
        "point",
    ),
    (
        "2024-01-03",
        "A magnitude 7.5 earthquake struck central Japan on New Year's Day.",
        "New Year's Day",
        "2024-01-01",
        "point",
    ),
    (
        "2024-01-03",
        "Xi said in his New Year's Eve address that reunification was inevitable.",
        "New Year's Eve",
        "2023-12-31",
        "point",
    ),
    (
        "2024-01-03",
        "China's factory activity shrank for a third month in December.",
        "December",
        "2023-12",
        "point",
    ),
    ("2024-01-03", "Taiwan votes on Jan. 13.", "Jan. 13", "2024-01-13", "point"),
    (
        "2024-01-03",
        "The Houthis have attacked ships in the Red Sea since November.",
        "November",
        "2023-11",
        "point",
    ),
    (
        "2024-01-03",
        "Israel's supreme court struck down a key part of the judicial overhaul on Monday.",
        "Monday",
        "2024-01-01",
        "point",
    ),
    (
        "2024-01-03",
        "Markets were closed on Monday and reopened on Tuesday.",
        "Monday",
        "2024-01-01",
        "point",
    ),
    (
        "2024-01-03",
        "Markets were closed on Monday and reopened on Tuesday.",
        "Tuesday",
        "2024-01-02",
        "point",
    ),
    (
        "2024-01-03",
        "Blinken will travel to the Middle East later this week.",
        "later this week",
        "2024-W01",
        "point",
    ),
    (
        "2024-01-03",
        "The company expects deliveries to pick up in the first half.",
        "the first half",
        "2024-H1",
        "point",
    ),
    (
        "2023-07-01",
        "Hong Kong marked the 26th anniversary of its handover to China on Saturday.",
        "the 26th anniversary",
        "2023-07-01",
        "point",
    ),
    (
        "2023-07-01",
        "Hong Kong marked the 26th anniversary of its handover to China on Saturday.",
        "Saturday",
        "2023-07-01",
        "point",
    ),
    (
        "2023-07-01",
        "Yellen will visit Beijing from July 6 to 9.",
        "July 6 to 9",
        "2023-07-06/2023-07-09",
        "range",
    ),
    (
        "2023-07-01",
        "Blinken met Xi in Beijing on June 19, the first visit by a secretary of state in five years.",
        "June 19",
        "2023-06-19",
        "point",
    ),
    (
        "2023-07-01",
        "Blinken met Xi in Beijing on June 19, the first visit by a secretary of state in five years.",
        "five years",
        "P5Y",
        "DURATION",
    ),
    (
        "2023-07-01",
        "China's new foreign relations law takes effect on Saturday.",
        "Saturday",
        "2023-07-01",
        "point",
    ),
    (
        "2023-07-01",
        "Export controls on gallium and germanium will take effect on Aug. 1.",
        "Aug. 1",
        "2023-08-01",
        "point",
    ),
    (
        "2023-07-01",
        "Wagner fighters staged a mutiny last weekend.",
        "last weekend",
        "2023-W25-WE",
        "point",
    ),
    (
        "2023-07-01",
        "The Supreme Court struck down affirmative action on Thursday.",
        "Thursday",
        "2023-06-29",
        "point",
    ),
    (
        "2023-07-01",
        "The central bank has kept rates on hold since January.",
        "January",
        "2023-01",
        "point",
    ),
    (
        "2023-07-01",
        "Factory activity contracted for a third straight month in June.",
        "June",
        "2023-06",
        "point",
    ),
    (
        "2023-07-01",
        "The ministry said the talks, which lasted two days, were candid.",
        "two days",
        "P2D",
        "DURATION",
    ),
]

# Status batch S7, written after the rules were changed for S6 and scored once before any
# further change. First run: 16/21 (76.2 %). Misses: "remain off the table" and "has not
# convened" (active), "held a joint exercise for the first time in a decade" (active),
# "were delayed" (proposed), "stopped short of cutting off" (severed).
STATUS_S7: list[StatusCase] = [
    ("China has not responded to a US proposal for defence talks.", "not responded", "refused"),
    ("The Pentagon welcomed the resumption of theater-level talks.", "resumption", "resumed"),
    ("Beijing suspended the visits in protest, the ministry said.", "suspended", "suspended"),
    ("Military talks remain off the table, Chinese officials said.", "off the table", "suspended"),
    ("The two sides have exchanged messages through the hotline.", "exchanged messages", "active"),
    (
        "China agreed to hold maritime consultations later this year.",
        "agreed to hold maritime consultations",
        "proposed",
    ),
    (
        "The two coast guards held a joint exercise for the first time in a decade.",
        "held a joint exercise",
        "resumed",
    ),
    ("Japan lodged a protest and called for talks.", "called for talks", "proposed"),
    ("China still refuses to set up a military hotline with India.", "refuses", "refused"),
    ("The US military hotline with Moscow remains in use.", "remains in use", "active"),
    ("Washington halted the dialogue in response to the crackdown.", "halted", "suspended"),
    ("The two militaries restarted working-level talks in January.", "restarted", "resumed"),
    (
        "China's top diplomat said Beijing was ready to restore exchanges.",
        "restore exchanges",
        "proposed",
    ),
    ("The vice ministers' dialogue has not convened since 2019.", "convened", "suspended"),
    ("The mechanism was terminated by Washington in 2020.", "terminated", "severed"),
    ("The planned talks were delayed by a week.", "delayed", "suspended"),
    ("The two presidents are set to speak by phone.", "speak by phone", "proposed"),
    ("Beijing has kept the military channels closed.", "closed", "suspended"),
    ("The two sides renewed their fisheries dialogue.", "renewed", "resumed"),
    ("Washington stopped short of cutting off contacts.", "cutting off contacts", "active"),
    (
        "Military talks between Seoul and Tokyo are on track to resume next month.",
        "resume",
        "proposed",
    ),
]

# Status batch S8, written after the rules were changed for S7 (and the wider vocabulary) and
# scored once before any further change. First run: 21/24 (87.5 %). Misses: "is not being
# used" (active), "China is reluctant" (proposed), "failed to hold the annual talks"
# (refused).
STATUS_S8: list[StatusCase] = [
    (
        "Beijing and Washington agreed to reinstate a bilateral climate working group.",
        "reinstate",
        "proposed",
    ),
    (
        "A senior Chinese general met his American counterpart for the first time since the crisis.",
        "met",
        "resumed",
    ),
    ("The two navies' hotline is not being used.", "not being used", "suspended"),
    ("Taipei and Beijing have had no official talks since 2016.", "no official talks", "suspended"),
    ("The foreign ministers will hold a strategic dialogue in April.", "will hold", "proposed"),
    ("Japan wants to restart the talks, but China is reluctant.", "reluctant", "refused"),
    ("Japan wants to restart the talks, but China is reluctant.", "restart the talks", "proposed"),
    (
        "The US has put military talks with China on the back burner.",
        "on the back burner",
        "suspended",
    ),
    (
        "China said it was willing to resume consultations with Japan.",
        "resume consultations",
        "proposed",
    ),
    ("Communication channels were kept open throughout the standoff.", "kept open", "active"),
    ("The visit was called off at the last minute.", "called off", "suspended"),
    ("North Korea shut down the joint liaison office.", "shut down", "severed"),
    ("Seoul and Pyongyang restored their hotlines in October 2021.", "restored", "resumed"),
    ("China vetoed a proposal for regular military talks.", "vetoed", "refused"),
    ("Officials expect the dialogue to restart in the autumn.", "restart", "proposed"),
    (
        "The two sides failed to hold the annual talks this year.",
        "hold the annual talks",
        "suspended",
    ),
    ("The dialogue mechanism was set up in 2015.", "set up", "active"),
    ("Beijing scrapped the annual human rights dialogue in 2018.", "scrapped", "severed"),
    ("Defence talks were held for the first time since 2019 on Tuesday.", "were held", "resumed"),
    ("The Chinese ministry declined to take part in the talks.", "declined", "refused"),
    (
        "The Philippines has proposed a new communication mechanism with China.",
        "proposed",
        "proposed",
    ),
    (
        "The hotline between the two militaries was restored after a year-long hiatus.",
        "restored",
        "resumed",
    ),
    (
        "China broke off climate talks in August 2022 and restored them in 2023.",
        "broke off",
        "severed",
    ),
    (
        "China broke off climate talks in August 2022 and restored them in 2023.",
        "restored them",
        "resumed",
    ),
]

# Batch D7, written before any rule was changed this round (styles not yet covered: Bloomberg,
# WSJ, Politico, a State Department briefing transcript, the New York Times) and scored once as it
# stood. First run: calendar mentions 47/47 exact (100 %); durations, ages and vague phrases dated
# 0/10. No miss.
# Anchors: Mon 2025-12-29 (ISO week 2026-W01), Thu 2024-02-29 (leap day), Fri 2025-06-13, Wed
# 2026-01-07, Sun 2023-04-02.
BATCH_D7: list[DevCase] = [
    # Bloomberg, the Monday after Christmas (its ISO week is already 2026's first)
    (
        "2025-12-29",
        "China's central bank kept its benchmark lending rates unchanged on Monday, as economists had expected.",
        "Monday",
        "2025-12-29",
        "point",
    ),
    (
        "2025-12-29",
        "Beijing announced sweeping export controls on rare earths on Oct. 9, rattling markets.",
        "Oct. 9",
        "2025-10-09",
        "point",
    ),
    (
        "2025-12-29",
        "The new licensing rules will take effect on Jan. 1, the commerce ministry said.",
        "Jan. 1",
        "2026-01-01",
        "point",
    ),
    (
        "2025-12-29",
        "Treasury Secretary Scott Bessent said last Friday that the two sides would meet again in January.",
        "last Friday",
        "2025-12-26",
        "point",
    ),
    (
        "2025-12-29",
        "Treasury Secretary Scott Bessent said last Friday that the two sides would meet again in January.",
        "January",
        "2026-01",
        "point",
    ),
    (
        "2025-12-29",
        "Industrial profits fell 13.1% in November from a year earlier, the statistics bureau said Saturday.",
        "November",
        "2025-11",
        "point",
    ),
    (
        "2025-12-29",
        "Industrial profits fell 13.1% in November from a year earlier, the statistics bureau said Saturday.",
        "Saturday",
        "2025-12-27",
        "point",
    ),
    (
        "2025-12-29",
        "The yuan has gained about 4% against the dollar this year, its best run since 2020.",
        "this year",
        "2025",
        "point",
    ),
    (
        "2025-12-29",
        "The yuan has gained about 4% against the dollar this year, its best run since 2020.",
        "2020",
        "2020",
        "point",
    ),
    (
        "2025-12-29",
        "Economists surveyed by Bloomberg expect growth to slow to 4.5% next year.",
        "next year",
        "2026",
        "point",
    ),
    (
        "2025-12-29",
        "Earlier this month, top leaders pledged to keep policy loose at the Central Economic Work Conference.",
        "Earlier this month",
        "2025-12",
        "point",
    ),
    (
        "2025-12-29",
        "The tariff truce agreed in Busan on Oct. 30 runs until November 2026.",
        "Oct. 30",
        "2025-10-30",
        "point",
    ),
    (
        "2025-12-29",
        "The tariff truce agreed in Busan on Oct. 30 runs until November 2026.",
        "November 2026",
        "2026-11",
        "point",
    ),
    (
        "2025-12-29",
        "Beijing has kept the rate steady for seven months.",
        "seven months",
        "P7M",
        "DURATION",
    ),
    (
        "2025-12-29",
        "A 61-year-old trader in Shanghai said volumes were thin.",
        "61-year-old",
        "P61Y",
        "AGE",
    ),
    # The Wall Street Journal, on a leap day (Thursday)
    (
        "2024-02-29",
        "The Commerce Department on Thursday opened an investigation into Chinese-made connected cars.",
        "Thursday",
        "2024-02-29",
        "point",
    ),
    (
        "2024-02-29",
        "Commerce Secretary Gina Raimondo told lawmakers last week that the probe could lead to a ban.",
        "last week",
        "2024-W08",
        "point",
    ),
    (
        "2024-02-29",
        "Work on the rules began in late January, people familiar with the matter said.",
        "late January",
        "2024-01",
        "point",
    ),
    (
        "2024-02-29",
        "Two years ago, the administration imposed the first sweeping curbs on chip exports.",
        "Two years ago",
        "2022",
        "point",
    ),
    (
        "2024-02-29",
        "The public comment period runs through April 30.",
        "April 30",
        "2024-04-30",
        "point",
    ),
    (
        "2024-02-29",
        "The House China committee will hold a hearing on Friday, March 1.",
        "Friday",
        "2024-03-01",
        "point",
    ),
    (
        "2024-02-29",
        "The House China committee will hold a hearing on Friday, March 1.",
        "March 1",
        "2024-03-01",
        "point",
    ),
    (
        "2024-02-29",
        "Chinese carmakers shipped nearly five million vehicles abroad in 2023.",
        "2023",
        "2023",
        "point",
    ),
    (
        "2024-02-29",
        "Officials began a three-month review of the data flows.",
        "three-month",
        "P3M",
        "DURATION",
    ),
    (
        "2024-02-29",
        "Chinese auto exports have soared over the past two years.",
        "the past two years",
        "P2Y",
        "DURATION",
    ),
    (
        "2024-02-29",
        "Ford said in December that it would license battery technology from CATL.",
        "December",
        "2023-12",
        "point",
    ),
    # Politico, a Friday in June
    (
        "2025-06-13",
        "House Republicans on Friday unveiled a bill to bar Chinese purchases of farmland.",
        "Friday",
        "2025-06-13",
        "point",
    ),
    (
        "2025-06-13",
        "The Senate passed a similar measure last month by voice vote.",
        "last month",
        "2025-05",
        "point",
    ),
    (
        "2025-06-13",
        "The committee plans to mark up the bill next Wednesday.",
        "next Wednesday",
        "2025-06-18",
        "point",
    ),
    (
        "2025-06-13",
        "Negotiators met in Geneva May 10-11 and again in London this week.",
        "May 10-11",
        "2025-05-10/2025-05-11",
        "range",
    ),
    (
        "2025-06-13",
        "Negotiators met in Geneva May 10-11 and again in London this week.",
        "this week",
        "2025-W24",
        "point",
    ),
    (
        "2025-06-13",
        "The higher tariffs paused in April are set to snap back on Aug. 12.",
        "April",
        "2025-04",
        "point",
    ),
    (
        "2025-06-13",
        "The higher tariffs paused in April are set to snap back on Aug. 12.",
        "Aug. 12",
        "2025-08-12",
        "point",
    ),
    (
        "2025-06-13",
        "Since January, the administration has raised tariffs on Chinese goods four times.",
        "January",
        "2025-01",
        "point",
    ),
    (
        "2025-06-13",
        "Aides expect a Trump-Xi call in the coming weeks.",
        "the coming weeks",
        "FUTURE_REF",
        "VAGUE",
    ),
    (
        "2025-06-13",
        "The law has stood for more than two decades.",
        "more than two decades",
        "P2DE",
        "DURATION",
    ),
    (
        "2025-06-13",
        "Lawmakers left town Thursday without a deal on the spending bill.",
        "Thursday",
        "2025-06-12",
        "point",
    ),
    # State Department press briefing transcript, a Wednesday in early January
    (
        "2026-01-07",
        "QUESTION: The Chinese side said on Monday that it had not received any request for a call.",
        "Monday",
        "2026-01-05",
        "point",
    ),
    (
        "2026-01-07",
        "MR PIGOTT: As the Secretary said yesterday, we keep our lines of communication open.",
        "yesterday",
        "2026-01-06",
        "point",
    ),
    (
        "2026-01-07",
        "The Secretary spoke with Foreign Minister Wang Yi by phone on December 30.",
        "December 30",
        "2025-12-30",
        "point",
    ),
    (
        "2026-01-07",
        "We expect the Deputy Secretary to travel to the region later this month.",
        "later this month",
        "2026-01",
        "point",
    ),
    (
        "2026-01-07",
        "The counternarcotics working group last met in late 2024.",
        "late 2024",
        "2024",
        "point",
    ),
    (
        "2026-01-07",
        "Our embassy raised the detention on Dec. 31 and again on Jan. 2.",
        "Dec. 31",
        "2025-12-31",
        "point",
    ),
    (
        "2026-01-07",
        "Our embassy raised the detention on Dec. 31 and again on Jan. 2.",
        "Jan. 2",
        "2026-01-02",
        "point",
    ),
    (
        "2026-01-07",
        "He has been held for almost a year without access to a lawyer.",
        "almost a year",
        "P1Y",
        "DURATION",
    ),
    (
        "2026-01-07",
        "I don't have anything for you on travel next week.",
        "next week",
        "2026-W03",
        "point",
    ),
    (
        "2026-01-07",
        "The sanctions announced last month remain in place.",
        "last month",
        "2025-12",
        "point",
    ),
    # The New York Times, a Sunday
    (
        "2023-04-02",
        "On Saturday, Taiwan's former president Ma Ying-jeou visited a mausoleum in Nanjing.",
        "Saturday",
        "2023-04-01",
        "point",
    ),
    (
        "2023-04-02",
        "President Tsai Ing-wen is scheduled to meet Speaker Kevin McCarthy in California on Wednesday.",
        "Wednesday",
        "2023-04-05",
        "point",
    ),
    (
        "2023-04-02",
        "The balloon was shot down off South Carolina on Feb. 4.",
        "Feb. 4",
        "2023-02-04",
        "point",
    ),
    (
        "2023-04-02",
        "Beijing suspended military talks in August after Speaker Pelosi's visit.",
        "August",
        "2022-08",
        "point",
    ),
    (
        "2023-04-02",
        "Honduras cut ties with Taiwan last Sunday.",
        "last Sunday",
        "2023-03-26",
        "point",
    ),
    (
        "2023-04-02",
        "Chinese exports to the United States fell sharply in March.",
        "March",
        "2023-03",
        "point",
    ),
    (
        "2023-04-02",
        "The 72-year-old former president has long argued for closer ties with the mainland.",
        "72-year-old",
        "P72Y",
        "AGE",
    ),
    (
        "2023-04-02",
        "Relations have deteriorated over the past decade.",
        "the past decade",
        "P1DE",
        "DURATION",
    ),
    ("2023-04-02", "Mr. Ma's 12-day tour ends on Friday.", "12-day", "P12D", "DURATION"),
    ("2023-04-02", "Mr. Ma's 12-day tour ends on Friday.", "Friday", "2023-04-07", "point"),
]

# Batch D8, written before any rule was changed this round (styles not yet covered: the Korea
# Herald, the Straits Times, the Times of India, DW, a Chinese foreign ministry briefing, Global
# Times and CGTN, the BBC) and scored once as it stood. First run: calendar mentions 44/44 exact
# (100 %); durations, sets and vague phrases dated 0/10. No miss.
# Anchors: Tue 2025-03-04, Sat 2024-11-30, Thu 2026-01-01, Mon 2024-07-01, Wed 2023-09-27.
BATCH_D8: list[DevCase] = [
    # The Korea Herald, a Tuesday in March
    (
        "2025-03-04",
        "North Korea fired several cruise missiles into the Yellow Sea on Friday, the Joint Chiefs of Staff said.",
        "Friday",
        "2025-02-28",
        "point",
    ),
    (
        "2025-03-04",
        "The inter-Korean liaison office in Kaesong was blown up in June 2020.",
        "June 2020",
        "2020-06",
        "point",
    ),
    (
        "2025-03-04",
        "Seoul and Washington will begin the annual Freedom Shield exercise next Monday.",
        "next Monday",
        "2025-03-10",
        "point",
    ),
    ("2025-03-04", "The drills will run through March 20.", "March 20", "2025-03-20", "point"),
    (
        "2025-03-04",
        "Pyongyang has not answered calls on the inter-Korean hotline since April 2023.",
        "April 2023",
        "2023-04",
        "point",
    ),
    (
        "2025-03-04",
        "The 11-day exercise involves some 19,000 troops.",
        "11-day",
        "P11D",
        "DURATION",
    ),
    (
        "2025-03-04",
        "On March 1, acting President Choi Sang-mok urged the North to return to dialogue.",
        "March 1",
        "2025-03-01",
        "point",
    ),
    (
        "2025-03-04",
        "Earlier this year, the North tested what it called a new hypersonic missile.",
        "Earlier this year",
        "2025",
        "point",
    ),
    (
        "2025-03-04",
        "Exports rose 1% in February, the trade ministry said on Saturday.",
        "February",
        "2025-02",
        "point",
    ),
    (
        "2025-03-04",
        "Exports rose 1% in February, the trade ministry said on Saturday.",
        "Saturday",
        "2025-03-01",
        "point",
    ),
    (
        "2025-03-04",
        "The two Koreas have had no regular talks for years.",
        "years",
        "PXY",
        "DURATION",
    ),
    # The Straits Times, a Saturday
    (
        "2024-11-30",
        "Prime Minister Lawrence Wong met Mr Xi on the sidelines of the Apec summit in Lima on Nov 16.",
        "Nov 16",
        "2024-11-16",
        "point",
    ),
    (
        "2024-11-30",
        "The next Shangri-La Dialogue will be held from May 30 to June 1.",
        "May 30 to June 1",
        "2025-05-30/2025-06-01",
        "range",
    ),
    (
        "2024-11-30",
        "The Chinese and American defence chiefs last met in Singapore in May.",
        "May",
        "2024-05",
        "point",
    ),
    (
        "2024-11-30",
        "Singapore's economy grew 5.4 per cent in the third quarter.",
        "the third quarter",
        "2024-Q3",
        "point",
    ),
    (
        "2024-11-30",
        "Thursday's meeting in Vientiane ended without a joint statement.",
        "Thursday",
        "2024-11-28",
        "point",
    ),
    (
        "2024-11-30",
        "Mr Wong will visit Malaysia in December for the annual leaders' retreat.",
        "December",
        "2024-12",
        "point",
    ),
    (
        "2024-11-30",
        "Tensions in the South China Sea have risen over the past 18 months.",
        "the past 18 months",
        "P18M",
        "DURATION",
    ),
    ("2024-11-30", "The two navies held their first joint drill in 2015.", "2015", "2015", "point"),
    (
        "2024-11-30",
        "Manila summoned the Chinese envoy on Nov 25, a day after the collision.",
        "Nov 25",
        "2024-11-25",
        "point",
    ),
    # The Times of India, on New Year's Day (a Thursday)
    (
        "2026-01-01",
        "India and China agreed on Wednesday to expand border trade through three passes.",
        "Wednesday",
        "2025-12-31",
        "point",
    ),
    (
        "2026-01-01",
        "The Special Representatives met in New Delhi in August.",
        "August",
        "2025-08",
        "point",
    ),
    (
        "2026-01-01",
        "Direct flights resumed in late October after a five-year gap.",
        "late October",
        "2025-10",
        "point",
    ),
    (
        "2026-01-01",
        "Direct flights resumed in late October after a five-year gap.",
        "five-year",
        "P5Y",
        "DURATION",
    ),
    (
        "2026-01-01",
        "Prime Minister Modi is expected to travel to China in March.",
        "March",
        "2026-03",
        "point",
    ),
    (
        "2026-01-01",
        "Bilateral trade touched a record last year, official data show.",
        "last year",
        "2025",
        "point",
    ),
    (
        "2026-01-01",
        "The hotline between the two DGMOs was last used on May 10.",
        "May 10",
        "2025-05-10",
        "point",
    ),
    (
        "2026-01-01",
        "On Dec 29, officials from both sides held talks on river data sharing.",
        "Dec 29",
        "2025-12-29",
        "point",
    ),
    ("2026-01-01", "This year will test whether the thaw can last.", "This year", "2026", "point"),
    (
        "2026-01-01",
        "The border standoff began in May 2020 and lasted more than four years.",
        "May 2020",
        "2020-05",
        "point",
    ),
    (
        "2026-01-01",
        "The border standoff began in May 2020 and lasted more than four years.",
        "more than four years",
        "P4Y",
        "DURATION",
    ),
    # DW, a Monday
    (
        "2024-07-01",
        "The peace summit at the Bürgenstock resort took place on June 15-16.",
        "June 15-16",
        "2024-06-15/2024-06-16",
        "range",
    ),
    (
        "2024-07-01",
        "Chancellor Olaf Scholz said on Sunday that Germany would keep supplying air defence systems.",
        "Sunday",
        "2024-06-30",
        "point",
    ),
    (
        "2024-07-01",
        "NATO leaders will meet in Washington from July 9 to 11.",
        "July 9 to 11",
        "2024-07-09/2024-07-11",
        "range",
    ),
    (
        "2024-07-01",
        "Russia launched its full-scale invasion in February 2022.",
        "February 2022",
        "2022-02",
        "point",
    ),
    (
        "2024-07-01",
        "Russian and Ukrainian negotiators have not met for more than two years.",
        "more than two years",
        "P2Y",
        "DURATION",
    ),
    (
        "2024-07-01",
        "Hungary took over the rotating EU presidency on Monday.",
        "Monday",
        "2024-07-01",
        "point",
    ),
    (
        "2024-07-01",
        "The first round of the French election was held a day earlier, on June 30.",
        "June 30",
        "2024-06-30",
        "point",
    ),
    (
        "2024-07-01",
        "The next round of prisoner exchanges is expected later this month.",
        "later this month",
        "2024-07",
        "point",
    ),
    (
        "2024-07-01",
        "Kyiv received the first F-16 jets at the end of May.",
        "the end of May",
        "2024-05",
        "point",
    ),
    # Chinese foreign ministry briefing, Global Times, CGTN and the BBC, a Wednesday
    (
        "2023-09-27",
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on September 27, 2023",
        "September 27, 2023",
        "2023-09-27",
        "point",
    ),
    (
        "2023-09-27",
        "Q: On September 26, the US Department of Commerce added several Chinese entities to its export control list.",
        "September 26",
        "2023-09-26",
        "point",
    ),
    (
        "2023-09-27",
        "A: Vice President Han Zheng met Secretary Blinken in New York last week.",
        "last week",
        "2023-W38",
        "point",
    ),
    (
        "2023-09-27",
        "The China-US commercial issues working group was launched in August.",
        "August",
        "2023-08",
        "point",
    ),
    (
        "2023-09-27",
        "The Asian Games opened in Hangzhou on Saturday.",
        "Saturday",
        "2023-09-23",
        "point",
    ),
    (
        "2023-09-27",
        "President Xi is expected to attend the APEC meeting in San Francisco in November.",
        "November",
        "2023-11",
        "point",
    ),
    (
        "2023-09-27",
        "The eight-day national holiday starts on Friday.",
        "eight-day",
        "P8D",
        "DURATION",
    ),
    (
        "2023-09-27",
        "The eight-day national holiday starts on Friday.",
        "Friday",
        "2023-09-29",
        "point",
    ),
    (
        "2023-09-27",
        "It is the first time since 2019 that a Chinese vice president has attended the UN General Assembly.",
        "2019",
        "2019",
        "point",
    ),
    (
        "2023-09-27",
        "Two years ago, Beijing and Washington clashed openly in Anchorage.",
        "Two years ago",
        "2021",
        "point",
    ),
    (
        "2023-09-27",
        "The two countries have been partners for decades.",
        "decades",
        "PXDE",
        "DURATION",
    ),
    (
        "2023-09-27",
        "In recent months, senior US officials have travelled to Beijing one after another.",
        "recent months",
        "PAST_REF",
        "VAGUE",
    ),
    ("2023-09-27", "The forum is held every two years.", "every two years", "P2Y", "SET"),
    (
        "2023-09-27",
        "The Ministry of Commerce said on Tuesday it would respond to the US move.",
        "Tuesday",
        "2023-09-26",
        "point",
    ),
]

# Status batch S9, written before any rule was changed this round (Ukraine-Russia, Israel-Hamas
# and Iran nuclear talks in the styles of Bloomberg, the Wall Street Journal, the New York Times
# and Politico) and scored once as it stood. First run: 31/33 (93.9 %). Misses: "pulled its
# negotiating team out" (no cue: active), "could return to the negotiating table" (no cue:
# active).
STATUS_S9: list[StatusCase] = [
    (
        "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks since March 2022.",
        "first direct talks",
        "resumed",
    ),
    (
        "Moscow has not agreed to a ceasefire, and the talks remain frozen.",
        "remain frozen",
        "suspended",
    ),
    (
        "Kyiv said it was ready to hold another round of talks in Istanbul next month.",
        "hold another round of talks",
        "proposed",
    ),
    (
        "Indirect negotiations between Israel and Hamas were suspended after the strike in Doha.",
        "were suspended",
        "suspended",
    ),
    ("Egyptian mediators hope to restart the ceasefire talks next week.", "restart", "proposed"),
    ("Hamas rejected the latest proposal, a senior official said.", "rejected", "refused"),
    (
        "Iran and the United States held a fifth round of indirect talks in Rome on Friday.",
        "held a fifth round of indirect talks",
        "active",
    ),
    (
        "Tehran suspended its cooperation with the International Atomic Energy Agency in July.",
        "suspended its cooperation",
        "suspended",
    ),
    (
        "The nuclear talks, which collapsed in June, have not resumed.",
        "have not resumed",
        "suspended",
    ),
    ("The nuclear talks, which collapsed in June, have not resumed.", "collapsed", "severed"),
    (
        "Witkoff is expected to meet Iranian Foreign Minister Abbas Araghchi in Oman.",
        "meet",
        "proposed",
    ),
    (
        "Israel pulled its negotiating team out of Qatar on Thursday.",
        "pulled its negotiating team out",
        "severed",
    ),
    (
        "The Israeli team returned to Doha two days later, and talks resumed.",
        "talks resumed",
        "resumed",
    ),
    (
        "Russia could return to the negotiating table if Kyiv drops its conditions, the Kremlin said.",
        "return to the negotiating table",
        "proposed",
    ),
    (
        "Russian and Ukrainian negotiators have not met face to face since 2022.",
        "have not met",
        "suspended",
    ),
    (
        "The prisoner-exchange channel has continued to work despite the fighting.",
        "continued to work",
        "active",
    ),
    ("Ukraine has refused to cede territory as a condition for talks.", "refused", "refused"),
    (
        "The deconfliction line between the U.S. and Russian militaries in Syria is still in use.",
        "still in use",
        "active",
    ),
    (
        "Washington and Tehran have not had direct talks since 2018, when Trump quit the nuclear deal.",
        "have not had direct talks",
        "suspended",
    ),
    (
        "Iran broke off the talks after Israel's strikes on its nuclear sites.",
        "broke off",
        "severed",
    ),
    (
        "Araghchi said Iran was not interested in resuming negotiations while under attack.",
        "resuming negotiations",
        "refused",
    ),
    ("The ceasefire talks in Cairo are set to resume on Sunday.", "resume", "proposed"),
    (
        "The talks were postponed indefinitely, two people briefed on the matter said.",
        "were postponed",
        "suspended",
    ),
    (
        "A new round of talks has been scheduled for next week in Geneva.",
        "has been scheduled",
        "proposed",
    ),
    ("The Kremlin has not ruled out a meeting between Putin and Trump.", "meeting", "proposed"),
    ("Qatar said it had paused its mediation role.", "paused", "suspended"),
    (
        "The two sides restored the hotline between their commanders in late 2024 after a two-year lull.",
        "restored",
        "resumed",
    ),
    (
        "Negotiators from both sides have been meeting regularly in Doha since January.",
        "have been meeting regularly",
        "active",
    ),
    ("Israel declined to send a delegation to the latest round.", "declined", "refused"),
    (
        "Did the talks collapse? Officials insisted they were merely on hold.",
        "on hold",
        "suspended",
    ),
    ("Will the two sides resume the grain-corridor talks before winter?", "resume", "proposed"),
    ("The US and Iran reopened a back channel through Oman this spring.", "reopened", "resumed"),
    (
        "Contacts between the two intelligence chiefs never stopped, officials say.",
        "never stopped",
        "active",
    ),
]

# Status batch S10, written before any rule was changed this round (the two Koreas, India and
# Pakistan, China and Japan, Taiwan, in the styles of the Korea Herald, Yonhap, the Times of
# India, Dawn, the Straits Times, the Japan Times and the BBC) and scored once as it stood. First
# run: 26/31 (83.9 %). Misses: "has not answered the liaison line" (active), "have been down" (no
# cue: active), "would keep the door open" (proposed), "could be held" (active: the modal before a
# passive), "will hold …, the first since 2019" (resumed: "the first since" outranked "will").
STATUS_S10: list[StatusCase] = [
    (
        "North Korea has not answered the liaison line since April 2023.",
        "has not answered",
        "refused",
    ),
    (
        "The inter-Korean communication lines have been down since April 2023.",
        "have been down",
        "suspended",
    ),
    (
        "South Korea's unification ministry tried to call the North twice a day, but the calls went unanswered.",
        "went unanswered",
        "refused",
    ),
    (
        "The two Koreas restored their cross-border hotlines in October 2021, 14 months after the North cut them.",
        "restored",
        "resumed",
    ),
    (
        "The two Koreas restored their cross-border hotlines in October 2021, 14 months after the North cut them.",
        "cut them",
        "severed",
    ),
    (
        "Seoul proposed military talks with Pyongyang to prevent clashes along the border.",
        "proposed military talks",
        "proposed",
    ),
    (
        "The DGMO hotline between India and Pakistan was used on May 10 to agree on a ceasefire.",
        "was used",
        "active",
    ),
    ("India has ruled out any talks with Pakistan except on terrorism.", "ruled out", "refused"),
    (
        "Islamabad suspended all bilateral agreements, including the Simla Agreement.",
        "suspended",
        "suspended",
    ),
    (
        "New Delhi put the Indus Waters Treaty in abeyance after the Pahalgam attack.",
        "in abeyance",
        "suspended",
    ),
    ("Trade through the Wagah border has been halted since 2019.", "has been halted", "suspended"),
    ("Pakistan offered to hold talks on all outstanding issues.", "offered", "proposed"),
    (
        "India and China resumed the Kailash Mansarovar Yatra this summer after a five-year gap.",
        "resumed",
        "resumed",
    ),
    (
        "The special representatives' dialogue, dormant since 2019, was revived in December 2024.",
        "was revived",
        "resumed",
    ),
    (
        "The special representatives' dialogue, dormant since 2019, was revived in December 2024.",
        "dormant",
        "suspended",
    ),
    (
        "Direct flights between India and China, halted in 2020, will restart later this month.",
        "will restart",
        "proposed",
    ),
    (
        "Japan and China agreed to set up a defence hotline in 2018, but it was only launched in 2023.",
        "launched",
        "active",
    ),
    (
        "Beijing has postponed a trilateral summit with Japan and South Korea.",
        "has postponed",
        "suspended",
    ),
    (
        "Tokyo has repeatedly asked for a meeting, but Beijing has yet to respond.",
        "has yet to respond",
        "refused",
    ),
    ("China halted official communication with Taipei in 2016.", "halted", "suspended"),
    (
        "Cross-strait exchanges have remained frozen since Tsai took office.",
        "have remained frozen",
        "suspended",
    ),
    (
        "Taiwan's President has offered talks with Beijing on an equal footing.",
        "offered talks",
        "proposed",
    ),
    ("Beijing has dismissed the offer.", "dismissed", "refused"),
    (
        "The hotline has been working normally, the defence ministry said.",
        "working normally",
        "active",
    ),
    (
        "Kim Yo Jong said the North had no interest in talks with Seoul.",
        "no interest in talks",
        "refused",
    ),
    ("Seoul said it would keep the door open to dialogue.", "keep the door open", "active"),
    ("The liaison office was reopened in 2018 and closed again in 2020.", "reopened", "resumed"),
    (
        "The liaison office was reopened in 2018 and closed again in 2020.",
        "closed again",
        "suspended",
    ),
    (
        "If Pyongyang responds, the Red Cross talks could be held as early as next month.",
        "could be held",
        "proposed",
    ),
    (
        "The two foreign ministers spoke by phone for the first time in two years.",
        "spoke by phone",
        "resumed",
    ),
    (
        "Japan and China will hold a high-level economic dialogue next month, the first since 2019.",
        "will hold",
        "proposed",
    ),
]

# Status batch S11, written before any rule was changed this round (US-China channels in State
# Department and Chinese foreign ministry briefing transcripts, Global Times and CGTN, and think-
# tank commentary) and scored once as it stood. First run: 23/32 (71.9 %). Misses: "Has China
# agreed to reopen …? Not yet." (proposed), "met again" (active), "have not been held" (active),
# "rarely picks up" (active), "working to schedule a call" (active), "note that the … talks
# resumed" (proposed: "note" read as a modal), "would not hold them" (suspended, from the earlier
# cue), "agreed to maintain open channels" (proposed), "have yet to hold their first call"
# (suspended).
STATUS_S11: list[StatusCase] = [
    (
        "QUESTION: Has China agreed to reopen the military hotline? MR MILLER: Not yet.",
        "agreed to reopen",
        "refused",
    ),
    (
        "MR MILLER: We have consistently called for open lines of military communication.",
        "called for",
        "proposed",
    ),
    (
        "Mao Ning: The relevant mechanisms have been suspended due to the US side's provocations.",
        "have been suspended",
        "suspended",
    ),
    (
        "Wang Wenbin: The responsibility for the interruption of mil-mil communication lies entirely with the US.",
        "interruption",
        "suspended",
    ),
    (
        "China will not resume the maritime consultations until the US stops its close-in reconnaissance.",
        "will not resume",
        "refused",
    ),
    (
        "The climate working group, which China froze after the Pelosi visit, met again in Beijing in July.",
        "met again",
        "resumed",
    ),
    (
        "The climate working group, which China froze after the Pelosi visit, met again in Beijing in July.",
        "froze",
        "suspended",
    ),
    (
        "The Defense Policy Coordination Talks have not been held since 2021.",
        "have not been held",
        "suspended",
    ),
    (
        "The counternarcotics working group held its first meeting on January 30.",
        "held its first meeting",
        "active",
    ),
    (
        "Analysts at CSIS argue that the channels, though restored, remain shallow.",
        "restored",
        "resumed",
    ),
    (
        "Crisis hotlines exist on paper, but in practice Beijing rarely picks up.",
        "rarely picks up",
        "refused",
    ),
    (
        "The two sides are working to schedule a call between the defense chiefs.",
        "working to schedule a call",
        "proposed",
    ),
    (
        "The Chinese side declined a US request for a call between the defense ministers.",
        "declined",
        "refused",
    ),
    ("Global Times: China-US military talks are back on track.", "back on track", "resumed"),
    (
        "CGTN: Chinese and US military officials held talks in Washington on Tuesday.",
        "held talks",
        "active",
    ),
    (
        "The US side requested a meeting, but China has not yet responded.",
        "has not yet responded",
        "refused",
    ),
    (
        "Brookings scholars note that the Military Maritime Consultative Agreement talks resumed in April 2024.",
        "resumed",
        "resumed",
    ),
    (
        "A spokesperson said the dialogue would go ahead as planned.",
        "go ahead as planned",
        "proposed",
    ),
    (
        "China canceled a planned round of arms control talks in protest at arms sales to Taiwan.",
        "canceled",
        "suspended",
    ),
    (
        "China suspended the arms control talks and said it would not hold them while arms sales continued.",
        "would not hold them",
        "refused",
    ),
    ("The mechanism remains in place but has not met for two years.", "has not met", "suspended"),
    ("Beijing has so far refused to answer calls from the Pentagon.", "refused", "refused"),
    ("Blinken and Wang agreed to maintain open channels.", "agreed to maintain", "active"),
    (
        "The theater commanders have yet to hold their first call.",
        "hold their first call",
        "proposed",
    ),
    (
        "The Pentagon said the call, the first in 18 months, was candid and constructive.",
        "the call",
        "resumed",
    ),
    ("It is unclear whether the dialogue will resume after the election.", "resume", "proposed"),
    (
        "Mil-mil ties were cut off in August 2022 and stayed cut off for more than a year.",
        "stayed cut off",
        "severed",
    ),
    (
        "Mil-mil ties were cut off in August 2022 and stayed cut off for more than a year.",
        "were cut off",
        "severed",
    ),
    ("The bilateral human rights dialogue has been in limbo since 2018.", "in limbo", "suspended"),
    (
        "The US Coast Guard and its Chinese counterpart kept talking throughout the crisis.",
        "kept talking",
        "active",
    ),
    (
        "Officials said the talks had been called off because of scheduling conflicts, not politics.",
        "had been called off",
        "suspended",
    ),
    (
        "China is considering a US proposal to restore the defense policy talks.",
        "restore the defense policy talks",
        "proposed",
    ),
]

# Batch D9, written after this round's changes and scored once, with no change afterwards: the
# honest figure for unseen text (styles not yet covered: Axios, the Financial Times, the Japan
# Times, The Hindu and Dawn, CNN and ABC Australia). First run: calendar mentions 43/44 exact
# (97.7 %); durations and ages dated 0/8. Miss: "the first quarter" on New Year's Eve in "Analysts
# expect another rate cut in the first quarter" (2025-Q1, not the coming 2026-Q1).
# Anchors: Sat 2025-11-01, Wed 2025-12-31 (ISO week 2026-W01), Mon 2024-04-01, Thu 2023-06-15, Fri
# 2026-02-13.
BATCH_D9: list[DevCase] = [
    # Axios, a Saturday
    (
        "2025-11-01",
        "Trump and Xi met in Busan on Thursday, their first in-person meeting since 2019.",
        "Thursday",
        "2025-10-30",
        "point",
    ),
    (
        "2025-11-01",
        "Trump and Xi met in Busan on Thursday, their first in-person meeting since 2019.",
        "2019",
        "2019",
        "point",
    ),
    (
        "2025-11-01",
        "The White House released a fact sheet on the deal on Friday.",
        "Friday",
        "2025-10-31",
        "point",
    ),
    (
        "2025-11-01",
        "China will suspend its new rare-earth export controls for one year.",
        "one year",
        "P1Y",
        "DURATION",
    ),
    (
        "2025-11-01",
        "The fentanyl tariff will be cut to 10% effective Nov. 10.",
        "Nov. 10",
        "2025-11-10",
        "point",
    ),
    ("2025-11-01", "Trump said he would visit China in April.", "April", "2026-04", "point"),
    (
        "2025-11-01",
        "Soybean purchases resumed this week, traders said.",
        "this week",
        "2025-W44",
        "point",
    ),
    ("2025-11-01", "Beijing stopped buying U.S. soybeans in May.", "May", "2025-05", "point"),
    (
        "2025-11-01",
        "The truce agreed in Geneva in May was extended in August.",
        "August",
        "2025-08",
        "point",
    ),
    (
        "2025-11-01",
        "China will buy 25 million tonnes a year over the next three years.",
        "the next three years",
        "P3Y",
        "DURATION",
    ),
    # The Financial Times, New Year's Eve (a Wednesday)
    (
        "2025-12-31",
        "Factory activity contracted in December, official data showed on Wednesday.",
        "December",
        "2025-12",
        "point",
    ),
    (
        "2025-12-31",
        "Factory activity contracted in December, official data showed on Wednesday.",
        "Wednesday",
        "2025-12-31",
        "point",
    ),
    (
        "2025-12-31",
        "Beijing set a growth target of around 5 per cent for 2025 in March.",
        "March",
        "2025-03",
        "point",
    ),
    (
        "2025-12-31",
        "The renminbi is on course for its strongest year since 2020.",
        "2020",
        "2020",
        "point",
    ),
    (
        "2025-12-31",
        "Mainland markets will reopen on Friday after the holiday.",
        "Friday",
        "2026-01-02",
        "point",
    ),
    (
        "2025-12-31",
        "The new export licensing regime takes effect on January 1.",
        "January 1",
        "2026-01-01",
        "point",
    ),
    (
        "2025-12-31",
        "Last year's stimulus failed to lift consumption.",
        "Last year",
        "2024",
        "point",
    ),
    (
        "2025-12-31",
        "The central bank has held rates steady for the past seven months.",
        "the past seven months",
        "P7M",
        "DURATION",
    ),
    (
        "2025-12-31",
        "Analysts expect another rate cut in the first quarter.",
        "the first quarter",
        "2026-Q1",
        "point",
    ),
    (
        "2025-12-31",
        "Exports to the US fell for an eighth straight month in November.",
        "November",
        "2025-11",
        "point",
    ),
    # The Japan Times, a Monday (the first day of Japan's fiscal year)
    (
        "2024-04-01",
        "Prime Minister Fumio Kishida will make a state visit to the United States from April 8 to 14.",
        "April 8 to 14",
        "2024-04-08/2024-04-14",
        "range",
    ),
    (
        "2024-04-01",
        "The Bank of Japan ended negative interest rates on March 19.",
        "March 19",
        "2024-03-19",
        "point",
    ),
    (
        "2024-04-01",
        "The Japanese and Chinese foreign ministers last met in Munich in February.",
        "February",
        "2024-02",
        "point",
    ),
    (
        "2024-04-01",
        "Tokyo lodged a protest with Beijing last Friday.",
        "last Friday",
        "2024-03-29",
        "point",
    ),
    (
        "2024-04-01",
        "The ordinary Diet session is scheduled to end on June 23.",
        "June 23",
        "2024-06-23",
        "point",
    ),
    ("2024-04-01", "A 78-year-old man was arrested in Osaka.", "78-year-old", "P78Y", "AGE"),
    (
        "2024-04-01",
        "Japan's population has shrunk for 13 consecutive years.",
        "13 consecutive years",
        "P13Y",
        "DURATION",
    ),
    (
        "2024-04-01",
        "Leaders agreed last week to hold a trilateral summit.",
        "last week",
        "2024-W13",
        "point",
    ),
    (
        "2024-04-01",
        "The earthquake on New Year's Day killed more than 240 people.",
        "New Year's Day",
        "2024-01-01",
        "point",
    ),
    (
        "2024-04-01",
        "New rules on overtime for truck drivers took effect on Monday.",
        "Monday",
        "2024-04-01",
        "point",
    ),
    # The Hindu and Dawn, a Thursday
    (
        "2023-06-15",
        "Prime Minister Narendra Modi will address the U.S. Congress on June 22.",
        "June 22",
        "2023-06-22",
        "point",
    ),
    (
        "2023-06-15",
        "The last round of Corps Commander-level talks was held on April 23.",
        "April 23",
        "2023-04-23",
        "point",
    ),
    (
        "2023-06-15",
        "India and Pakistan last held a structured dialogue in 2015.",
        "2015",
        "2015",
        "point",
    ),
    (
        "2023-06-15",
        "On Tuesday, the Foreign Office said Islamabad had received no proposal.",
        "Tuesday",
        "2023-06-13",
        "point",
    ),
    (
        "2023-06-15",
        "The SCO summit, which India chairs this year, will be held virtually on July 4.",
        "this year",
        "2023",
        "point",
    ),
    (
        "2023-06-15",
        "The SCO summit, which India chairs this year, will be held virtually on July 4.",
        "July 4",
        "2023-07-04",
        "point",
    ),
    (
        "2023-06-15",
        "The monsoon reached Kerala on June 8, a week behind schedule.",
        "June 8",
        "2023-06-08",
        "point",
    ),
    (
        "2023-06-15",
        "Tensions have run high since the Galwan clash in June 2020.",
        "June 2020",
        "2020-06",
        "point",
    ),
    (
        "2023-06-15",
        "The standoff has lasted more than three years.",
        "more than three years",
        "P3Y",
        "DURATION",
    ),
    (
        "2023-06-15",
        "Parliament's monsoon session will begin next month.",
        "next month",
        "2023-07",
        "point",
    ),
    # CNN and ABC Australia, a Friday
    (
        "2026-02-13",
        "The Munich Security Conference opens on Friday and runs through Sunday.",
        "Friday",
        "2026-02-13",
        "point",
    ),
    (
        "2026-02-13",
        "The Munich Security Conference opens on Friday and runs through Sunday.",
        "Sunday",
        "2026-02-15",
        "point",
    ),
    ("2026-02-13", "Wang Yi is expected to speak on Saturday.", "Saturday", "2026-02-14", "point"),
    (
        "2026-02-13",
        "Last February, Vice President JD Vance used the same stage to lecture Europe.",
        "Last February",
        "2025-02",
        "point",
    ),
    (
        "2026-02-13",
        "Australia's defence minister visited Beijing earlier this month.",
        "earlier this month",
        "2026-02",
        "point",
    ),
    (
        "2026-02-13",
        "The Lunar New Year holiday begins next Tuesday.",
        "next Tuesday",
        "2026-02-17",
        "point",
    ),
    ("2026-02-13", "Talks between the two navies stalled in 2024.", "2024", "2024", "point"),
    (
        "2026-02-13",
        "The interim agreement expires in three weeks.",
        "three weeks",
        "P3W",
        "DURATION",
    ),
    (
        "2026-02-13",
        "Prime Minister Anthony Albanese met Xi in Beijing in November 2023.",
        "November 2023",
        "2023-11",
        "point",
    ),
    (
        "2026-02-13",
        "The ceasefire in Gaza has held since Oct. 10.",
        "Oct. 10",
        "2025-10-10",
        "point",
    ),
    (
        "2026-02-13",
        "The envoy flew to Doha over the weekend.",
        "the weekend",
        "2026-W06-WE",
        "point",
    ),
    ("2026-02-13", "The dispute has simmered for two decades.", "two decades", "P2DE", "DURATION"),
]

# Status batch S12, written after this round's changes and scored once, with no change afterwards:
# the honest figure for unseen text (Armenia and Azerbaijan, Serbia and Kosovo, the US and
# Venezuela, China and the Philippines, Thailand and Cambodia, Sudan, New START, Greece and
# Turkey, China and Australia, China and Lithuania). First run: 29/33 (87.9 %). Misses: "no
# diplomatic relations since 2019" (active: no cue), "met …, the first such meeting in years"
# (active: "in years" is not read as "the first … since"), "has not met since the fighting began"
# (refused), "had no calls returned" (suspended).
STATUS_S12: list[StatusCase] = [
    (
        "Armenia and Azerbaijan agreed to open direct talks on a peace treaty.",
        "open direct talks",
        "proposed",
    ),
    (
        "EU-mediated talks between Serbia and Kosovo ended without agreement in Brussels on Monday.",
        "talks",
        "active",
    ),
    (
        "Belgrade has refused to recognise Kosovo and has walked out of two rounds of talks.",
        "walked out",
        "severed",
    ),
    (
        "The EU has put the Belgrade-Pristina dialogue on hold until after the elections.",
        "on hold",
        "suspended",
    ),
    (
        "Washington and Caracas have had no diplomatic relations since 2019.",
        "no diplomatic relations",
        "suspended",
    ),
    (
        "U.S. envoy Richard Grenell met Maduro in Caracas, the first such meeting in years.",
        "met",
        "resumed",
    ),
    (
        "Venezuela suspended all repatriation flights from the United States.",
        "suspended",
        "suspended",
    ),
    (
        "Manila and Beijing agreed to establish a new hotline between their coast guards.",
        "establish",
        "proposed",
    ),
    (
        "Philippine officials said their calls to the Chinese coast guard went unanswered during the standoff.",
        "went unanswered",
        "refused",
    ),
    (
        "China has rejected Manila's proposal for a direct hotline between the two presidents.",
        "rejected",
        "refused",
    ),
    (
        "The bilateral consultation mechanism on the South China Sea, last convened in January, is expected to meet again in July.",
        "meet again",
        "proposed",
    ),
    ("Thailand closed all border crossings with Cambodia after the clash.", "closed", "suspended"),
    (
        "Thai and Cambodian defence ministers will meet in Kuala Lumpur on Monday for ceasefire talks.",
        "will meet",
        "proposed",
    ),
    (
        "The General Border Committee has not met since the fighting began.",
        "has not met",
        "suspended",
    ),
    (
        "Sudan's army pulled out of the Jeddah talks, accusing the RSF of violating the truce.",
        "pulled out",
        "severed",
    ),
    ("The Jeddah talks resumed in October after a four-month pause.", "resumed", "resumed"),
    ("The army has ruled out negotiations with the RSF.", "ruled out", "refused"),
    (
        "Russia suspended its participation in New START in February 2023.",
        "suspended its participation",
        "suspended",
    ),
    (
        "Washington has offered to restart strategic stability talks with Moscow.",
        "restart",
        "proposed",
    ),
    ("Moscow says it is not ready for arms control talks.", "not ready", "refused"),
    ("The treaty's inspections have been halted since 2020.", "have been halted", "suspended"),
    (
        "Greek and Turkish leaders relaunched their political dialogue in Athens in December 2023.",
        "relaunched",
        "resumed",
    ),
    (
        "The two defence ministries maintain a hotline to avoid accidents in the Aegean.",
        "maintain a hotline",
        "active",
    ),
    ("Ankara threatened to freeze the talks over the maritime park plan.", "freeze", "active"),
    (
        "Canberra and Beijing resumed their annual leaders' meeting in 2023 after a six-year freeze.",
        "resumed",
        "resumed",
    ),
    ("China froze ministerial contacts with Australia in 2020.", "froze", "suspended"),
    (
        "Australian ministers had no calls returned by their Chinese counterparts for more than two years.",
        "no calls returned",
        "refused",
    ),
    (
        "China downgraded diplomatic ties with Lithuania and recalled its ambassador in 2021.",
        "recalled its ambassador",
        "severed",
    ),
    ("Vilnius hopes to restore ambassadorial relations with Beijing.", "restore", "proposed"),
    (
        "Eritrea has not responded to Ethiopia's call for talks on sea access.",
        "has not responded",
        "refused",
    ),
    (
        "The Ethiopian and Eritrean leaders have not spoken since 2023.",
        "have not spoken",
        "suspended",
    ),
    (
        "Cuba and the United States held migration talks in Havana on Wednesday.",
        "held migration talks",
        "active",
    ),
    ("The talks had been frozen since 2018 before resuming in April.", "resuming", "resumed"),
]

# Status batch S13, written before any rule was changed for it and scored once (wire copy:
# Yonhap, PTI, AP, Reuters, AFP, Focus Taiwan; the Koreas, India and Pakistan, Russia and
# Ukraine, the Gulf, the Sahel, the Taiwan Strait, US-China military channels). Unlike the
# earlier batches about a third of its statements report a plain active contact, as news
# does. First run: 37/40 (92.5 %). Misses: "quit the Economic Community" (active: no cue),
# "its door remained open to dialogue" (proposed: "dialogue" after "open to" read as a plan),
# "did not include any suspension" (suspended: the negation before a noun not read).
STATUS_S13: list[StatusCase] = [
    (
        "SEOUL, June 4 (Yonhap) -- North Korea again did not answer South Korea's routine calls through the inter-Korean liaison channel on Tuesday, the unification ministry said.",
        "did not answer",
        "refused",
    ),
    (
        "Military officials of the two Koreas exchanged messages through the western military line on Wednesday morning, the defence ministry said.",
        "exchanged messages",
        "active",
    ),
    (
        "North Korea declared in 2024 that it would no longer deal with the South as a partner for unification and dismantled the agencies in charge of inter-Korean ties.",
        "dismantled",
        "severed",
    ),
    (
        "President Lee Jae-myung ordered the military to stop the loudspeaker broadcasts and said Seoul would seek to restore the 2018 military agreement.",
        "restore",
        "proposed",
    ),
    (
        "NEW DELHI (PTI) - The Directors General of Military Operations of India and Pakistan spoke over the hotline on Saturday afternoon and agreed to stop all firing.",
        "spoke over the hotline",
        "active",
    ),
    (
        "Indian and Pakistani commanders held a flag meeting at the Poonch crossing point on Monday to defuse tensions.",
        "held a flag meeting",
        "active",
    ),
    (
        "India has put the Indus Waters Treaty in abeyance and suspended visa services for Pakistani nationals.",
        "suspended visa services",
        "suspended",
    ),
    (
        "Pakistan closed its airspace to Indian airlines and said all trade with India, including through third countries, was suspended.",
        "closed its airspace",
        "suspended",
    ),
    (
        "There has been no composite dialogue between India and Pakistan since 2015.",
        "no composite dialogue",
        "suspended",
    ),
    (
        "Islamabad said it was ready for talks with New Delhi on all issues, including Kashmir.",
        "ready for talks",
        "proposed",
    ),
    ("New Delhi has rejected any third-party mediation on Kashmir.", "rejected", "refused"),
    (
        "ISTANBUL (AP) — Russian and Ukrainian delegations met for barely an hour on Friday in their first face-to-face peace talks in more than three years.",
        "met",
        "resumed",
    ),
    (
        "The two sides agreed to exchange 1,000 prisoners each, the largest swap of the war.",
        "agreed to exchange",
        "proposed",
    ),
    (
        "Russia and Ukraine swapped 84 prisoners each on Thursday in an exchange mediated by the United Arab Emirates.",
        "swapped",
        "active",
    ),
    (
        "Zelensky said Ukraine would not negotiate with Russia while its troops remained on Ukrainian soil.",
        "would not negotiate",
        "refused",
    ),
    (
        "A Kremlin spokesman said Moscow had suspended work on a memorandum with Kyiv, accusing Ukraine of dragging its feet.",
        "suspended work",
        "suspended",
    ),
    (
        "The Black Sea grain deal collapsed in July 2023 when Russia refused to extend it.",
        "collapsed",
        "severed",
    ),
    (
        "The Black Sea grain deal collapsed in July 2023 when Russia refused to extend it.",
        "refused to extend",
        "refused",
    ),
    (
        "DUBAI (Reuters) - Iran and Saudi Arabia agreed on Friday to re-establish diplomatic relations and reopen embassies within two months, in a deal brokered by China.",
        "re-establish diplomatic relations",
        "proposed",
    ),
    (
        "The two Gulf rivals cut ties in 2016 after protesters stormed the Saudi embassy in Tehran.",
        "cut ties",
        "severed",
    ),
    (
        "Qatar and the UAE restored diplomatic ties in 2023, two years after the end of the Gulf boycott.",
        "restored diplomatic ties",
        "resumed",
    ),
    (
        "Omani mediators shuttled between the U.S. and Iranian delegations, which sat in separate rooms.",
        "shuttled",
        "active",
    ),
    (
        "The Emirati foreign minister received a phone call from his Iranian counterpart, the state news agency WAM reported.",
        "received a phone call",
        "active",
    ),
    (
        "BAMAKO (AFP) - Mali's junta announced on Sunday that it was ending the 2015 Algiers peace agreement with northern rebel groups with immediate effect.",
        "ending",
        "severed",
    ),
    (
        "Niger, Mali and Burkina Faso quit the Economic Community of West African States in January.",
        "quit",
        "severed",
    ),
    (
        "Niger's military rulers expelled the French ambassador and demanded the withdrawal of French troops.",
        "expelled the French ambassador",
        "severed",
    ),
    (
        "Algeria recalled its ambassador from Bamako after the drone incident, and Mali did likewise.",
        "recalled its ambassador",
        "severed",
    ),
    (
        "ECOWAS said its door remained open to dialogue with the three juntas.",
        "remained open",
        "active",
    ),
    (
        "TAIPEI (Focus Taiwan) - The Mainland Affairs Council said Beijing had ignored its repeated offers of dialogue since 2016.",
        "ignored",
        "refused",
    ),
    (
        "Communication mechanisms between the Straits Exchange Foundation and its mainland counterpart have been suspended since 2016.",
        "have been suspended",
        "suspended",
    ),
    (
        "Chinese and Taiwanese coast guard officers communicated by radio during the rescue near Kinmen, the council said.",
        "communicated by radio",
        "active",
    ),
    (
        "China's Taiwan Affairs Office said there would be no talks with the DPP government unless it accepted the 1992 Consensus.",
        "no talks",
        "refused",
    ),
    (
        "WASHINGTON (Reuters) - U.S. Defense Secretary Pete Hegseth spoke by video call with Chinese Defense Minister Dong Jun on Tuesday, the Pentagon said.",
        "spoke by video call",
        "active",
    ),
    (
        "The Military Maritime Consultative Agreement talks, held in Shanghai this week, focused on unsafe intercepts.",
        "held",
        "active",
    ),
    (
        "The Pentagon said China had declined to schedule a meeting between Hegseth and Dong at the Shangri-La Dialogue.",
        "declined",
        "refused",
    ),
    (
        "U.S. and Chinese theater commanders have not spoken since a video call in September.",
        "have not spoken",
        "suspended",
    ),
    ("Both sides said the hotline would remain open.", "remain open", "active"),
    (
        "The Chinese defence ministry said it was willing to maintain communication with the U.S. military on the basis of equality and respect.",
        "maintain communication",
        "active",
    ),
    (
        "Beijing's announcement of countermeasures did not include any suspension of military dialogue.",
        "suspension",
        "active",
    ),
    (
        "The suspension of the talks was announced by the foreign ministry on Tuesday.",
        "suspension",
        "suspended",
    ),
]

# Status batch S14, written with S13 and before any rule was changed for them, scored once
# (readouts, briefings, analysis and regional papers: the State Department, China's foreign
# ministry, The Economist, NK News, Dawn, the Hindustan Times, the Kyiv Independent, Meduza,
# The National, RFI, the Taipei Times, SCMP, Kyodo). First run: 34/39 (87.2 %). Misses: "A
# summit … is possible" (active: no cue), "talks … on reopening the border have gone
# nowhere" (proposed), "received no reply" (active: the cue "Exchange" of a name), "trying to
# get the PLA to pick up the phone" (active: no cue), "lodged a protest through diplomatic
# channels and demanded …" (proposed).
STATUS_S14: list[StatusCase] = [
    (
        "Secretary Rubio spoke today with People's Republic of China Foreign Minister Wang Yi.",
        "spoke",
        "active",
    ),
    (
        "The two sides had an in-depth exchange of views on China-U.S. relations, according to the Chinese readout.",
        "exchange of views",
        "active",
    ),
    (
        "The two sides agreed to keep in touch on issues of common concern.",
        "keep in touch",
        "active",
    ),
    (
        "During the call, the two leaders discussed trade, fentanyl and Taiwan, according to the White House.",
        "the call",
        "active",
    ),
    (
        "The economic and trade consultation mechanism, created in Geneva in May, met for a third time in Stockholm.",
        "met",
        "active",
    ),
    (
        "China suspended the bilateral dialogue on arms control and non-proliferation in July 2024 over U.S. arms sales to Taiwan.",
        "suspended",
        "suspended",
    ),
    (
        "It is not clear when, or whether, the arms control consultations will resume.",
        "resume",
        "proposed",
    ),
    (
        "Chinese officials have repeatedly cancelled or postponed meetings with their American counterparts at short notice.",
        "cancelled or postponed",
        "suspended",
    ),
    (
        "Even at the height of the Cold War, American and Soviet officers kept talking; Chinese officers, by contrast, often refuse to pick up the phone.",
        "refuse to pick up",
        "refused",
    ),
    (
        "Pyongyang has not responded to any of Seoul's overtures since President Lee took office, and the hotlines remain silent.",
        "remain silent",
        "suspended",
    ),
    (
        "Pyongyang has not responded to any of Seoul's overtures since President Lee took office, and the hotlines remain silent.",
        "has not responded",
        "refused",
    ),
    (
        "A summit between Trump and Kim is possible if Washington drops its demand for denuclearisation, Kim Yo Jong said.",
        "summit",
        "proposed",
    ),
    (
        "Islamabad has long maintained that the back channel with New Delhi never fully closed, even after Pulwama.",
        "never fully closed",
        "active",
    ),
    (
        "The Kartarpur corridor, closed by India after the May conflict, has yet to reopen.",
        "has yet to reopen",
        "suspended",
    ),
    (
        "The Kartarpur corridor, closed by India after the May conflict, has yet to reopen.",
        "closed",
        "suspended",
    ),
    (
        "India and China will resume direct flights from October, after a gap of more than five years.",
        "will resume",
        "proposed",
    ),
    (
        "The border trading points at Lipulekh and Shipki La were reopened after the agreement.",
        "were reopened",
        "resumed",
    ),
    (
        "Kyiv has called for a direct meeting between Zelensky and Putin, which the Kremlin says is premature.",
        "called for",
        "proposed",
    ),
    (
        "The Kremlin has rejected a 30-day unconditional ceasefire, which Kyiv had accepted.",
        "rejected",
        "refused",
    ),
    (
        "The Russian and American delegations have met in Riyadh and Istanbul, restoring a diplomatic dialogue that had been frozen since 2022.",
        "restoring",
        "resumed",
    ),
    (
        "The embassies in Washington and Moscow still operate with skeleton staffs, and talks on normalising their work have stalled.",
        "have stalled",
        "suspended",
    ),
    (
        "Lavrov and Rubio talked by phone on Monday, their third conversation since February.",
        "talked by phone",
        "active",
    ),
    (
        "Saudi and Iranian foreign ministers held talks on the sidelines of the UN General Assembly, the latest in a series of meetings since the 2023 rapprochement.",
        "held talks",
        "active",
    ),
    (
        "Bahrain and Iran have yet to restore diplomatic relations, though officials have met several times.",
        "have yet to restore",
        "suspended",
    ),
    (
        "Bahrain and Iran have yet to restore diplomatic relations, though officials have met several times.",
        "met",
        "active",
    ),
    (
        "Tehran said it would not hold direct talks with Washington under maximum pressure.",
        "would not hold direct talks",
        "refused",
    ),
    (
        "Mali and Algeria have closed their airspace to each other's aircraft since the drone was shot down.",
        "closed",
        "suspended",
    ),
    (
        "Niamey has agreed to reopen its border with Benin, but only after talks on security guarantees.",
        "agreed to reopen",
        "proposed",
    ),
    (
        "Talks between Niger and Benin on reopening the border have gone nowhere.",
        "gone nowhere",
        "suspended",
    ),
    (
        "Beijing suspended the ferry services to Kinmen for tourists during the pandemic and only partially restored them in 2024.",
        "partially restored",
        "resumed",
    ),
    (
        "The Straits Exchange Foundation said it had received no reply from its mainland counterpart to its letter.",
        "received no reply",
        "refused",
    ),
    (
        "The US and Chinese militaries are due to hold talks on maritime safety in Hawaii next month.",
        "hold talks",
        "proposed",
    ),
    (
        "A planned visit to Beijing by the US Indo-Pacific commander has been put off indefinitely.",
        "put off",
        "suspended",
    ),
    (
        "China's defence ministry said the hotline had never been disconnected.",
        "disconnected",
        "active",
    ),
    (
        "The Biden administration spent more than a year trying to get the PLA to pick up the phone.",
        "pick up the phone",
        "refused",
    ),
    (
        "Vice Foreign Minister Ma Zhaoxu and Deputy Secretary Kurt Campbell held consultations in Washington on Monday, the first such meeting since the Bali summit.",
        "held consultations",
        "resumed",
    ),
    (
        "Negotiations on a code of conduct in the South China Sea, under way since 2002, dragged on without a deadline.",
        "dragged on",
        "active",
    ),
    (
        "Japan lodged a protest through diplomatic channels and demanded that China lift its ban on seafood imports.",
        "diplomatic channels",
        "active",
    ),
    (
        "Chinese and Japanese diplomats meet regularly under the framework.",
        "meet regularly",
        "active",
    ),
]

# First-run misses left open: the tests expect them to fail (strict xfails) until a general
# rule reads them. A miss read later still counts in its batch's first-run figure.
# D9's "the first quarter" on New Year's Eve was read after its first run ("Analysts expect"
# looks forward, and "another rate cut" is a noun, not a past verb); it counts as a miss in
# D9's first-run figure.
OPEN_DATE_MISSES: set[tuple[str, str]] = set()
# Status batch S15, written after all of this round's rule changes and scored once, with no
# change afterwards: the final first-run figure (Rappler, Nikkei Asia, the Jakarta Post,
# Xinhua and KCNA statements, Anadolu, Al-Monitor, AFP Africa, Bloomberg, a UN press release,
# a congressional hearing; the Philippines and China, Japan and China, the Koreas, Egypt and
# Ethiopia, Venezuela and Guyana, Israel and Lebanon, Pakistan and Afghanistan, Colombia and
# the ELN, Congo and Rwanda, the US and Cuba). First run: 34/38 (89.5 %). Misses: "has no
# intention of sitting face to face" (active: no cue), "announced the end of negotiations"
# (active: the noun "the end of" not read as a cut), "none has been scheduled since" (active),
# "had gone unreturned" (active: "unreturned" is not a cue).
STATUS_S15: list[StatusCase] = [
    (
        "MANILA (Rappler) - Philippine and Chinese diplomats held the 23rd meeting of the Bilateral Consultation Mechanism on the South China Sea in Xiamen on Wednesday.",
        "held the 23rd meeting",
        "active",
    ),
    (
        "Manila summoned the Chinese envoy after the water cannon attack, the third such protest this month.",
        "summoned",
        "active",
    ),
    (
        "The foreign affairs department said Beijing had yet to act on Manila's proposal for a coast guard hotline.",
        "had yet to act",
        "refused",
    ),
    (
        "Marcos said he was open to a meeting with Xi on the sidelines of the APEC summit.",
        "open to a meeting",
        "proposed",
    ),
    (
        "TOKYO (Nikkei Asia) - Japanese and Chinese defence officials tested the maritime and aerial communication mechanism's hotline for the first time on Tuesday.",
        "tested",
        "active",
    ),
    (
        "Tokyo has repeatedly asked Beijing to lift its ban on Japanese seafood, but talks on the issue stalled last year.",
        "stalled",
        "suspended",
    ),
    (
        "China postponed a trilateral meeting of foreign ministers with Japan and South Korea after Takaichi's remarks on Taiwan.",
        "postponed",
        "suspended",
    ),
    (
        "Japan's prime minister and China's premier exchanged greetings briefly at the G20 but did not hold formal talks.",
        "did not hold formal talks",
        "suspended",
    ),
    (
        "PYONGYANG (KCNA) - The DPRK has no intention of sitting face to face with the puppet authorities of the ROK, Kim Yo Jong said in a statement.",
        "no intention of sitting face to face",
        "refused",
    ),
    (
        "South Korea's military used the western military hotline on Monday to tell the North it was returning six fishermen.",
        "used the western military hotline",
        "active",
    ),
    (
        "Seoul plans to propose a resumption of family reunions when the Red Cross channel is restored.",
        "propose a resumption",
        "proposed",
    ),
    (
        "CAIRO (Anadolu) - Egypt announced the end of negotiations with Ethiopia over the Grand Ethiopian Renaissance Dam, saying Addis Ababa had shown no political will.",
        "announced the end of negotiations",
        "severed",
    ),
    (
        "Ethiopian officials said the door to dialogue with Cairo remained open.",
        "remained open",
        "active",
    ),
    (
        "Venezuela and Guyana's presidents met in St Vincent in December 2023 and pledged not to use force.",
        "met",
        "active",
    ),
    (
        "Caracas has refused to take part in the International Court of Justice proceedings on the Essequibo.",
        "refused to take part",
        "refused",
    ),
    (
        "Israeli and Lebanese military officers sat down for talks in Naqoura under the auspices of the ceasefire monitoring mechanism.",
        "sat down for talks",
        "active",
    ),
    (
        "Lebanon's president said Beirut was ready to negotiate with Israel through the US envoy.",
        "ready to negotiate",
        "proposed",
    ),
    (
        "Hezbollah has rejected any direct talks between Lebanon and Israel.",
        "rejected",
        "refused",
    ),
    (
        "ISLAMABAD (AFP) - Talks between Pakistan and the Taliban government in Istanbul broke down on Friday without an agreement, both sides said.",
        "broke down",
        "severed",
    ),
    (
        "Pakistan has kept the Torkham border crossing closed for three weeks.",
        "kept the Torkham border crossing closed",
        "suspended",
    ),
    (
        "Qatari and Turkish mediators brought the two delegations back to the table a week later.",
        "back to the table",
        "resumed",
    ),
    (
        "Colombia's President Petro suspended peace talks with the ELN after the rebels attacked a military base.",
        "suspended peace talks",
        "suspended",
    ),
    (
        "The government and the ELN have not returned to the negotiating table since January.",
        "have not returned",
        "suspended",
    ),
    (
        "KINSHASA (AFP) - Congolese and Rwandan foreign ministers signed a peace agreement at the White House and pledged to set up a joint security coordination mechanism.",
        "pledged to set up",
        "proposed",
    ),
    (
        "The joint security coordination mechanism held its first meeting in Washington in August.",
        "held its first meeting",
        "active",
    ),
    (
        "The M23 rebels walked away from the Doha talks, accusing Kinshasa of bad faith.",
        "walked away",
        "severed",
    ),
    (
        "WASHINGTON (Bloomberg) - Treasury Secretary Scott Bessent and Vice Premier He Lifeng will hold another round of trade talks in Madrid next week, people familiar with the matter said.",
        "will hold another round of trade talks",
        "proposed",
    ),
    (
        "Bessent and He have met four times since May, most recently in Stockholm.",
        "have met",
        "active",
    ),
    (
        "Beijing halted purchases of U.S. soybeans and has not resumed them.",
        "has not resumed",
        "suspended",
    ),
    (
        "The U.S. and Cuba held their last round of migration talks in April 2023, and none has been scheduled since.",
        "none has been scheduled",
        "suspended",
    ),
    (
        "The State Department said Havana had refused to accept deportation flights since January.",
        "refused to accept",
        "refused",
    ),
    (
        "UNITED NATIONS - The Secretary-General welcomed the resumption of direct talks between the parties and urged them to engage in good faith.",
        "resumption",
        "resumed",
    ),
    (
        "Admiral Paparo told the Senate Armed Services Committee that his calls to his PLA counterpart had gone unreturned for months.",
        "gone unreturned",
        "refused",
    ),
    (
        "Paparo said he finally spoke with the Southern Theater commander by video in September, their first conversation since 2022.",
        "spoke",
        "resumed",
    ),
    (
        "Asked whether the U.S. had cut off intelligence sharing with Kyiv, the spokesperson said the pause had been lifted.",
        "the pause had been lifted",
        "resumed",
    ),
    (
        "Jakarta and Beijing agreed to hold a 2+2 dialogue of foreign and defence ministers, the first of its kind, next year.",
        "hold a 2+2 dialogue",
        "proposed",
    ),
    (
        "Indonesian and Chinese foreign and defence ministers held their first 2+2 dialogue in Beijing on Monday.",
        "held their first 2+2 dialogue",
        "active",
    ),
    (
        "Al-Monitor reported that Omani officials had passed messages between Washington and Tehran throughout the summer.",
        "passed messages",
        "active",
    ),
]

# Status batch S16, written after the changes for S15 and scored once, with no change
# afterwards: the final first-run figure of this round (AP explainers, a Guardian live blog,
# SCMP, JoongAng Daily, the Times of Israel, Kathimerini, the Moscow Times, Daily Maverick,
# a think-tank report, Japan's foreign ministry and an EU statement; US-China military
# channels, Japan and South Korea, Greece and Turkey, Israel and Syria, Iran and the IAEA,
# Armenia and Turkey, Russia and Japan, China and the EU, Ethiopia and Eritrea). First run:
# 35/40 (87.5 %). Misses: "the Military Maritime Consultative Agreement working group
# convened" (proposed: the name read as a headline, its "Agreement" as a plan), "has yet to
# name a counterpart" (active: no cue), "agreed to continue shuttle diplomacy and held a
# summit" (proposed: the modal read across "and"), "not held between 2019 and 2022, took place"
# (active), "shut its embassy" (suspended).
STATUS_S16: list[StatusCase] = [
    (
        "U.S. Indo-Pacific Command chief Adm. Samuel Paparo held a video teleconference with his Chinese counterpart, Gen. Wu Yanan, the Pentagon said.",
        "held a video teleconference",
        "active",
    ),
    (
        "The Military Maritime Consultative Agreement working group convened in Qingdao in April, the second session this year.",
        "convened",
        "active",
    ),
    (
        "The Defense Policy Coordination Talks, last held in January, are due to take place in Beijing by the end of the year.",
        "are due to take place",
        "proposed",
    ),
    (
        "China has yet to name a counterpart for the new theater-level channel, U.S. officials complain.",
        "has yet to name a counterpart",
        "refused",
    ),
    (
        "Live: Chinese and U.S. defence chiefs meet in Kuala Lumpur",
        "meet",
        "active",
    ),
    (
        "Yoon and Kishida revived shuttle diplomacy in 2023, ending a 12-year gap in reciprocal visits.",
        "revived shuttle diplomacy",
        "resumed",
    ),
    (
        "Lee and Ishiba agreed to continue shuttle diplomacy and held a summit in Tokyo in August.",
        "held a summit",
        "active",
    ),
    (
        "Tokyo and Seoul have held the trilateral dialogue with Beijing only sporadically since 2019.",
        "held",
        "active",
    ),
    (
        "ATHENS (Kathimerini) - Greek and Turkish diplomats held a new round of political dialogue in Ankara, continuing the rapprochement launched in 2023.",
        "held a new round of political dialogue",
        "active",
    ),
    (
        "Athens said confidence-building talks would not resume until Ankara withdrew its casus belli.",
        "would not resume",
        "refused",
    ),
    (
        "Mitsotakis and Erdogan's planned meeting in New York was called off at the last minute.",
        "called off",
        "suspended",
    ),
    (
        "Israeli and Syrian officials met in Paris under U.S. mediation, the first publicly acknowledged talks between the two countries in more than two decades.",
        "met",
        "resumed",
    ),
    (
        "Syria's foreign minister said Damascus was holding direct talks with Israel on de-escalation.",
        "holding direct talks",
        "active",
    ),
    (
        "Iran suspended cooperation with the UN nuclear watchdog after the June strikes.",
        "suspended cooperation",
        "suspended",
    ),
    (
        "Iran and the IAEA signed a new framework in Cairo to resume inspections.",
        "resume inspections",
        "proposed",
    ),
    (
        "IAEA inspectors returned to Iran's Bushehr plant in August for the first time since the war.",
        "returned",
        "resumed",
    ),
    (
        "Armenian and Turkish special envoys agreed to open the land border to holders of diplomatic passports.",
        "agreed to open",
        "proposed",
    ),
    (
        "Special envoys from Yerevan and Ankara have met five times since the normalisation process began.",
        "have met",
        "active",
    ),
    (
        "MOSCOW (The Moscow Times) - Russia has withdrawn from peace treaty talks with Japan over Tokyo's sanctions.",
        "withdrawn",
        "severed",
    ),
    (
        "Japanese and Russian fisheries officials still meet every year to set catch quotas.",
        "meet every year",
        "active",
    ),
    (
        "Visa-free visits by Japanese former residents to the Kuril Islands remain suspended.",
        "remain suspended",
        "suspended",
    ),
    (
        "BRUSSELS - The EU-China summit went ahead in Beijing, shortened to one day at China's request.",
        "went ahead",
        "active",
    ),
    (
        "The EU-China human rights dialogue, not held between 2019 and 2022, took place in Chongqing in June.",
        "took place",
        "resumed",
    ),
    (
        "The EU-China human rights dialogue, not held between 2019 and 2022, took place in Chongqing in June.",
        "not held",
        "suspended",
    ),
    (
        "The EU has invited Chinese Foreign Minister Wang Yi for a strategic dialogue in Brussels.",
        "invited",
        "proposed",
    ),
    (
        "China has sanctioned members of the European Parliament, and the parliament refused to ratify the investment deal.",
        "refused to ratify",
        "refused",
    ),
    (
        "JOHANNESBURG (Daily Maverick) - Eritrea has shut its embassy in Addis Ababa, diplomats said.",
        "shut its embassy",
        "severed",
    ),
    (
        "Asmara and Addis Ababa have not exchanged ambassadors since the war in Tigray ended.",
        "have not exchanged ambassadors",
        "suspended",
    ),
    (
        "Ethiopia's prime minister said he was ready to discuss Red Sea access with Eritrea through peaceful means.",
        "ready to discuss",
        "proposed",
    ),
    (
        "Thai and Cambodian army commanders will meet at the border on Friday to discuss troop withdrawals, the Thai army said.",
        "will meet",
        "proposed",
    ),
    (
        "Cambodia reopened two border checkpoints with Thailand on Monday after a three-month closure.",
        "reopened",
        "resumed",
    ),
    (
        "Bangkok said the Joint Boundary Commission had not convened since 2012.",
        "had not convened",
        "suspended",
    ),
    (
        "In a report, the Stimson Center argues that crisis communication between the two militaries remains thin but functional.",
        "remains thin but functional",
        "active",
    ),
    (
        "The report notes that the PLA declined or ignored more than a dozen U.S. requests for calls in 2023.",
        "declined or ignored",
        "refused",
    ),
    (
        "Taipei has offered to talk to Beijing without preconditions, an offer the Taiwan Affairs Office dismissed.",
        "offered to talk",
        "proposed",
    ),
    (
        "Taipei has offered to talk to Beijing without preconditions, an offer the Taiwan Affairs Office dismissed.",
        "dismissed",
        "refused",
    ),
    (
        "The Straits Exchange Foundation chairman met officials of the Taiwan Affairs Office at a forum in Xiamen in a private capacity.",
        "met",
        "active",
    ),
    (
        "Chinese and Philippine coast guard ships exchanged radio challenges near Scarborough Shoal on Sunday.",
        "exchanged radio challenges",
        "active",
    ),
    (
        "The Chinese side has not responded to Manila's request for a new round of maritime talks.",
        "has not responded",
        "refused",
    ),
    (
        "Seoul said it would seek talks with Pyongyang once the North responded to its proposal.",
        "seek talks",
        "proposed",
    ),
]

# Status batch S17, written after the changes for S16 and scored once, with no change
# afterwards: the final first-run figure of this round. Mostly US-China statements, as the
# app's articles are (VOA, NHK World, the Straits Times, Caixin, a Global Times editorial,
# the WSJ, Politico, a Defense Department release, a Xinhua readout, CSIS, Taiwan News), with
# Arab News, Ukrainska Pravda, Euractiv and The East African. First run: 36/40 (90.0 %).
# Misses: "its defence minister stayed home" (active: "stayed home" is not a cue, "Dialogue"
# of a name taken instead), "the talks that Biden and Xi agreed to have been held only once"
# (proposed: the relative clause's "agreed" read as a modal), "expelled Ethiopia's ambassador"
# (active: the possessive not read), "pushing for a hotline …, but Beijing has shown little
# interest" (proposed: "shown little interest" is not a cue).
STATUS_S17: list[StatusCase] = [
    (
        "Defense Secretary Hegseth and Admiral Dong Jun had a brief exchange on the sidelines of the ADMM-Plus in Kuala Lumpur, a defense official told reporters.",
        "had a brief exchange",
        "active",
    ),
    (
        "According to a Xinhua readout, Dong told Hegseth that China was ready to keep the military-to-military channels open.",
        "keep the military-to-military channels open",
        "active",
    ),
    (
        "WASHINGTON (VOA) - The Pentagon said Friday that Chinese officials had turned down an invitation to attend maritime safety talks in Hawaii.",
        "turned down",
        "refused",
    ),
    (
        "China skipped the MMCA meeting last year, the first time it had failed to attend since the talks began in 1998.",
        "skipped",
        "refused",
    ),
    (
        "U.S. and Chinese officials spoke by phone on Wednesday to prepare for the leaders' meeting in Busan, the Treasury said.",
        "spoke by phone",
        "active",
    ),
    (
        "Trump and Xi met in Busan for about 100 minutes, their first in-person meeting since 2019.",
        "met",
        "resumed",
    ),
    (
        "The two leaders agreed to exchange visits next year, with Trump expected in Beijing in April.",
        "agreed to exchange visits",
        "proposed",
    ),
    (
        "The Commerce Department's talks with Chinese counterparts on export controls have been put on pause, two people familiar with the matter said.",
        "put on pause",
        "suspended",
    ),
    (
        "Beijing has not confirmed whether the vice-premier will travel to Washington for the next round of trade talks.",
        "will travel",
        "proposed",
    ),
    (
        "China's commerce ministry said the two sides had maintained close communication on the tariff truce.",
        "maintained close communication",
        "active",
    ),
    (
        "Caixin reported that the working-level trade dialogue, dormant since 2020, had quietly restarted in Washington.",
        "had quietly restarted",
        "resumed",
    ),
    (
        "SINGAPORE (Straits Times) - China sent only a low-level delegation to the Shangri-La Dialogue and its defence minister stayed home.",
        "stayed home",
        "refused",
    ),
    (
        "Politico reported that the White House had shelved plans for a fentanyl working group meeting after Beijing's new export controls.",
        "shelved",
        "suspended",
    ),
    (
        "The fentanyl working group, set up after the Woodside summit, met three times in 2024.",
        "met three times",
        "active",
    ),
    (
        "The United States and China have not held formal talks on nuclear arms control since November 2023.",
        "have not held formal talks",
        "suspended",
    ),
    (
        "Beijing said it would not join trilateral arms control talks with Washington and Moscow.",
        "would not join",
        "refused",
    ),
    (
        "TOKYO (NHK World) - Japan and China held a high-level economic dialogue for the first time in six years.",
        "held a high-level economic dialogue",
        "resumed",
    ),
    (
        "China summoned Japan's ambassador to protest against Takaichi's remarks on Taiwan.",
        "summoned",
        "active",
    ),
    (
        "Beijing suspended imports of Japanese seafood again and cancelled a meeting of culture ministers.",
        "cancelled a meeting",
        "suspended",
    ),
    (
        "CSIS data show that the PLA has rejected or ignored most U.S. requests for military talks since 2020.",
        "rejected or ignored",
        "refused",
    ),
    (
        "The theater commander talks that Biden and Xi agreed to have been held only once.",
        "have been held only once",
        "active",
    ),
    (
        "TAIPEI (Taiwan News) - China's Taiwan Affairs Office said it was willing to hold talks with any Taiwanese party that accepts the 1992 Consensus.",
        "willing to hold talks",
        "proposed",
    ),
    (
        "Cross-strait semi-official talks were cut off in 2016 after Tsai Ing-wen took office.",
        "were cut off",
        "severed",
    ),
    (
        "The U.S. and Taiwanese militaries hold regular talks under the Monterey Talks framework.",
        "hold regular talks",
        "active",
    ),
    (
        "U.S. and Chinese climate envoys have not met since the Trump administration withdrew from the Paris accord.",
        "have not met",
        "suspended",
    ),
    (
        "The State Department confirmed that its human rights dialogue with China would not be revived.",
        "would not be revived",
        "refused",
    ),
    (
        "The WSJ reported that Chinese officials have been reaching out to Trump's allies through informal channels.",
        "reaching out",
        "active",
    ),
    (
        "Beijing has told Washington it wants a reduction in tariffs before it will agree to a summit.",
        "agree to a summit",
        "proposed",
    ),
    (
        "Chinese and American military officers met in Shanghai for two days of talks on air and maritime safety, the first such meeting this year.",
        "met",
        "active",
    ),
    (
        "The Pentagon said the talks were professional and that both sides committed to meeting again.",
        "committed to meeting again",
        "proposed",
    ),
    (
        "RIYADH (Arab News) - Saudi Arabia and Iran agreed to continue their security talks, with the next round due in Tehran.",
        "agreed to continue",
        "active",
    ),
    (
        "KYIV (Ukrainska Pravda) - The exchange of bodies between Ukraine and Russia took place on Thursday, the coordination headquarters said.",
        "took place",
        "active",
    ),
    (
        "Russia has stopped responding to Ukraine's requests for the return of deported children, Kyiv's ombudsman said.",
        "stopped responding",
        "refused",
    ),
    (
        "BRUSSELS (Euractiv) - The EU has frozen talks on a new agreement with Beijing until China lifts its sanctions on MEPs.",
        "frozen talks",
        "suspended",
    ),
    (
        "The EU and China relaunched their high-level environment and climate dialogue in July.",
        "relaunched",
        "resumed",
    ),
    (
        "NAIROBI (The East African) - Ethiopia and Somalia restored full diplomatic relations after Turkish mediation.",
        "restored full diplomatic relations",
        "resumed",
    ),
    (
        "Somalia had expelled Ethiopia's ambassador in April over the port deal with Somaliland.",
        "expelled Ethiopia's ambassador",
        "severed",
    ),
    (
        "Washington is pushing for a hotline between the two countries' nuclear commands, but Beijing has shown little interest.",
        "shown little interest",
        "refused",
    ),
    (
        "Washington is pushing for a hotline between the two countries' nuclear commands, but Beijing has shown little interest.",
        "pushing for a hotline",
        "proposed",
    ),
    (
        "The video call between the two defence chiefs lasted about an hour and was described as candid.",
        "video call",
        "active",
    ),
]

# S18, written before any change of this round (US–China, the Koreas, India–Pakistan,
# Russia–Ukraine, Iran, the Gulf, Ethiopia–Eritrea, Rwanda–Belgium, Mali, Congo, Sudan,
# Venezuela, Colombia, Mexico, Japan–China, Armenia–Azerbaijan, Serbia–Kosovo, Turkey–Syria;
# Yonhap, AFP, Reuters, Al Jazeera, AP, Xinhua, Kyodo, a headline), scored once: 43/43
# (100 %).
STATUS_S18: list[StatusCase] = [
    (
        "SEOUL (Yonhap) -- North Korea has not answered the South's calls on the inter-Korean liaison line for the 12th straight day, the unification ministry said Tuesday.",
        "has not answered",
        "refused",
    ),
    (
        "North Korea cut off all communication lines with South Korea in June 2020 and blew up the joint liaison office in Kaesong.",
        "cut off all communication lines",
        "severed",
    ),
    (
        "The two Koreas restored the military hotline on Oct. 4, 2021, about two months after Pyongyang again stopped answering.",
        "restored the military hotline",
        "resumed",
    ),
    (
        "The directors general of military operations of India and Pakistan spoke over the hotline on Saturday afternoon and agreed to stop all firing, New Delhi said.",
        "spoke over the hotline",
        "active",
    ),
    (
        "India has ruled out any bilateral talks with Pakistan until cross-border terrorism ends, the external affairs ministry spokesperson said.",
        "ruled out any bilateral talks",
        "refused",
    ),
    (
        "New Delhi put the Indus Waters Treaty in abeyance and shut the Attari border crossing, Foreign Secretary Vikram Misri told reporters.",
        "put the Indus Waters Treaty in abeyance",
        "suspended",
    ),
    (
        "MOSCOW (Reuters) - Russia and Ukraine held their first direct peace talks in more than three years in Istanbul on Friday, but the meeting lasted less than two hours.",
        "held their first direct peace talks",
        "resumed",
    ),
    (
        "Kremlin spokesman Dmitry Peskov said Moscow was ready for a third round of talks but that no date had been set.",
        "ready for a third round of talks",
        "proposed",
    ),
    (
        "Ukraine's delegation walked out of the talks after Russian negotiators demanded that Kyiv withdraw from four regions, a source told Reuters.",
        "walked out",
        "severed",
    ),
    (
        "Zelenskiy said he was prepared to meet Putin in person, a step the Kremlin has said would only be possible once a deal is ready.",
        "prepared to meet Putin",
        "proposed",
    ),
    (
        "DUBAI (Al Jazeera) - Iran and the United States concluded a fifth round of indirect talks in Rome on Friday, with Omani mediators shuttling between the two delegations.",
        "concluded a fifth round of indirect talks",
        "active",
    ),
    (
        "Tehran suspended its cooperation with the International Atomic Energy Agency after the Israeli and US strikes on its nuclear sites.",
        "suspended its cooperation",
        "suspended",
    ),
    (
        "A sixth round of talks, which had been scheduled for June 15 in Muscat, was called off after Israel launched its strikes.",
        "was called off",
        "suspended",
    ),
    (
        "Iranian Foreign Minister Abbas Araqchi said there would be no negotiations with Washington as long as the attacks continued.",
        "there would be no negotiations",
        "refused",
    ),
    (
        "Saudi Arabia and Iran agreed in March 2023 to restore diplomatic ties and reopen embassies within two months, in a deal brokered by China.",
        "agreed in March 2023 to restore diplomatic ties",
        "proposed",
    ),
    (
        "Qatar and Bahrain have agreed to restore diplomatic relations, more than five years after Doha was cut off by its Gulf neighbours.",
        "cut off",
        "severed",
    ),
    (
        "ADDIS ABABA (AFP) - Ethiopia and Eritrea reopened their border crossings on Tuesday for the first time in 20 years.",
        "reopened",
        "resumed",
    ),
    (
        "Rwanda said it had severed diplomatic relations with Belgium and gave Belgian diplomats 48 hours to leave.",
        "severed diplomatic relations",
        "severed",
    ),
    (
        "Mali's junta has expelled the French ambassador and ended military cooperation with Paris.",
        "ended military cooperation",
        "severed",
    ),
    (
        "Congo's government and M23 rebels have held several rounds of talks in Doha, but a final peace agreement has yet to be signed.",
        "held several rounds of talks",
        "active",
    ),
    (
        "Sudan's army has declined to attend the U.S.-led ceasefire talks in Geneva, saying its concerns had not been addressed.",
        "declined to attend",
        "refused",
    ),
    (
        "CARACAS (AP) — Venezuela broke off diplomatic relations with seven Latin American countries that questioned Maduro's re-election.",
        "broke off diplomatic relations",
        "severed",
    ),
    (
        "Brazil and Venezuela have kept their embassies open despite the dispute over the election, Brazilian diplomats said.",
        "kept their embassies open",
        "active",
    ),
    (
        "The Colombian government said it was suspending peace talks with the ELN after a wave of attacks in the Catatumbo region.",
        "suspending peace talks",
        "suspended",
    ),
    (
        "Mexico's president said she would speak with Trump by phone on Monday about the tariffs.",
        "would speak with Trump",
        "proposed",
    ),
    (
        'Sheinbaum said she and Trump had a "very good conversation" and agreed to a 30-day pause on the tariffs.',
        'had a "very good conversation"',
        "active",
    ),
    (
        "BEIJING (Xinhua) -- Chinese Vice Premier He Lifeng held talks with U.S. Treasury Secretary Scott Bessent in Geneva on Saturday, the first face-to-face trade talks since the tariff escalation.",
        "held talks",
        "resumed",
    ),
    (
        "China's defence ministry said it had declined a U.S. request for a call between the two defence chiefs after the latest arms sale to Taiwan.",
        "declined",
        "refused",
    ),
    (
        "The Pentagon said the two militaries would hold maritime safety talks in Hawaii next month under the Military Maritime Consultative Agreement.",
        "would hold maritime safety talks",
        "proposed",
    ),
    (
        "U.S. and Chinese officials are scheduled to meet in Stockholm next week for a third round of trade talks.",
        "scheduled to meet",
        "proposed",
    ),
    (
        "The talks in London ended without a breakthrough, and neither side said when negotiators would meet again.",
        "would meet again",
        "proposed",
    ),
    (
        "TOKYO (Kyodo) -- Japan and China have agreed to resume high-level economic dialogue for the first time in about six years, government sources said.",
        "agreed to resume",
        "proposed",
    ),
    (
        "Japanese Foreign Minister Iwaya met his Chinese counterpart Wang Yi in Tokyo on Saturday and the two sides agreed to promote people-to-people exchanges.",
        "met his Chinese counterpart",
        "active",
    ),
    (
        "Beijing postponed a trilateral summit with Japan and South Korea that Tokyo had hoped to host in January, diplomatic sources said.",
        "postponed",
        "suspended",
    ),
    (
        "South Korean President Lee Jae-myung said he was willing to meet Kim Jong Un at any time, but Pyongyang has rejected any dialogue with Seoul.",
        "rejected any dialogue",
        "refused",
    ),
    (
        "South Korean President Lee Jae-myung said he was willing to meet Kim Jong Un at any time, but Pyongyang has rejected any dialogue with Seoul.",
        "willing to meet Kim Jong Un",
        "proposed",
    ),
    (
        'Kim Yo Jong said North Korea had no interest in talks with Seoul, calling the South\'s overtures a "pipe dream."',
        "had no interest in talks",
        "refused",
    ),
    (
        "The Red Cross talks between the two Koreas have not been held since 2018, when families last reunited at Mount Kumgang.",
        "have not been held since 2018",
        "suspended",
    ),
    (
        "Pyongyang has stopped using the Panmunjom hotline, and United Nations Command calls go unanswered, a UNC spokesman said.",
        "go unanswered",
        "refused",
    ),
    (
        "Armenia and Azerbaijan's foreign ministers are expected to meet in Abu Dhabi on the sidelines of the summit, Baku said.",
        "expected to meet",
        "proposed",
    ),
    (
        "Serbia and Kosovo have not resumed EU-facilitated dialogue since the Banjska attack in 2023.",
        "have not resumed",
        "suspended",
    ),
    (
        "Ankara and Damascus restored diplomatic ties last week, reopening embassies closed since 2012.",
        "restored diplomatic ties",
        "resumed",
    ),
    (
        "China, US agree to restart military talks at Xi-Biden summit",
        "agree to restart military talks",
        "proposed",
    ),
]

# S19, written with S18 and scored once before any change (longer sentences: relative
# clauses, concessive clauses, fronted phrases, denied cuts, two channels in one sentence;
# the Koreas, Japan–North Korea, India–Pakistan, India–China, Russia–US, Egypt–Ethiopia,
# Algeria–France, Niger–ECOWAS, Colombia–Venezuela, Argentina, Cuba, Thailand–Cambodia,
# the Philippines, Taiwan; two headlines): 38/43 (88.4 %). Misses: "a call between Rubio
# and Lavrov" after "A planned meeting … was put on hold" (proposed: the attributive "planned"
# read as a modal of the whole clause), "talks … had ended" (active: an intransitive "ended"
# is no cue), "the planned visit … had not been cancelled" (active: a denied cut of a contact
# still ahead), "sees no need for talks" (suspended: read as a negated contact), "After a
# hiatus of nearly five years, … met" (active: the fronted phrase's comma taken for a clause
# of its own).
STATUS_S19: list[StatusCase] = [
    (
        "Officials said the defense policy coordination talks, which were suspended in 2022, had resumed in Washington in January.",
        "had resumed",
        "resumed",
    ),
    (
        "Officials said the defense policy coordination talks, which were suspended in 2022, had resumed in Washington in January.",
        "were suspended",
        "suspended",
    ),
    (
        "Beijing did not respond to a request from Defense Secretary Hegseth for a phone call with Dong Jun, according to two U.S. officials.",
        "did not respond",
        "refused",
    ),
    (
        'The State Department said it remained open to talks with Pyongyang "without preconditions," a position the North has repeatedly dismissed.',
        "remained open to talks",
        "proposed",
    ),
    (
        "Talks on a new fisheries agreement between China and South Korea, stalled since last year, are expected to resume in Seoul next month.",
        "are expected to resume",
        "proposed",
    ),
    (
        "Although the two sides have not held formal negotiations since March, their envoys have exchanged messages through Qatari intermediaries.",
        "have exchanged messages",
        "active",
    ),
    (
        "Although the two sides have not held formal negotiations since March, their envoys have exchanged messages through Qatari intermediaries.",
        "have not held formal negotiations",
        "suspended",
    ),
    (
        "India's foreign secretary said there was no question of resuming the composite dialogue with Pakistan.",
        "resuming the composite dialogue",
        "refused",
    ),
    (
        "Pakistan's prime minister offered to hold talks with India on Kashmir, water and trade, an offer New Delhi ignored.",
        "offered to hold talks",
        "proposed",
    ),
    (
        "Pakistan's prime minister offered to hold talks with India on Kashmir, water and trade, an offer New Delhi ignored.",
        "ignored",
        "refused",
    ),
    (
        "It was not immediately clear whether the hotline, which Seoul says Pyongyang has not answered since April, had been formally disconnected.",
        "has not answered",
        "refused",
    ),
    (
        "The Russian and U.S. delegations met for more than 12 hours in Riyadh, Russian state media reported, adding that a joint statement was expected.",
        "met",
        "active",
    ),
    (
        "Washington and Moscow agreed last month to restore the staffing of their embassies, which had been gutted by years of tit-for-tat expulsions.",
        "agreed last month to restore",
        "proposed",
    ),
    (
        "Moscow has rejected a European proposal for a 30-day unconditional ceasefire as a precondition for talks.",
        "has rejected",
        "refused",
    ),
    (
        "A planned meeting between Trump and Putin in Budapest was put on hold after a call between Rubio and Lavrov, the White House said.",
        "was put on hold",
        "suspended",
    ),
    (
        "A planned meeting between Trump and Putin in Budapest was put on hold after a call between Rubio and Lavrov, the White House said.",
        "a call between Rubio and Lavrov",
        "active",
    ),
    (
        "Egypt's foreign minister said talks with Ethiopia over the Grand Ethiopian Renaissance Dam had ended and Cairo would defend its water interests.",
        "had ended",
        "severed",
    ),
    (
        "Algeria recalled its ambassador to Paris for consultations after France backed Morocco's autonomy plan for Western Sahara.",
        "recalled its ambassador",
        "severed",
    ),
    (
        "The Niger junta has refused to let the ECOWAS delegation into the country, saying it could not guarantee its safety.",
        "refused to let the ECOWAS delegation",
        "refused",
    ),
    (
        "Ghana's president has held separate talks with the leaders of Mali, Burkina Faso and Niger in a bid to mend ties with ECOWAS.",
        "held separate talks",
        "active",
    ),
    (
        "Bogotá and Caracas reopened their shared border to vehicles in 2022, seven years after it was closed by Venezuela.",
        "reopened their shared border",
        "resumed",
    ),
    (
        "Bogotá and Caracas reopened their shared border to vehicles in 2022, seven years after it was closed by Venezuela.",
        "was closed",
        "suspended",
    ),
    (
        "Argentina's foreign minister said Buenos Aires would not restore relations with Caracas while Maduro remained in power.",
        "would not restore relations",
        "refused",
    ),
    (
        "Cuba and the United States, which restored relations in 2015, still hold periodic migration talks, the latest in Havana in April.",
        "still hold periodic migration talks",
        "active",
    ),
    (
        "No date has been set for the next round of talks, which Washington hopes to hold before the end of the year.",
        "the next round of talks",
        "proposed",
    ),
    (
        'A Chinese foreign ministry spokesperson said the planned visit by the U.S. secretary of state had not been cancelled but would take place "at a mutually convenient time."',
        "had not been cancelled",
        "proposed",
    ),
    (
        "South Korea's defense ministry said it would not suspend the 2018 military agreement despite the North's balloon launches.",
        "would not suspend",
        "active",
    ),
    (
        "Seoul fully suspended the 2018 inter-Korean military agreement in June, citing the North's trash balloons.",
        "fully suspended",
        "suspended",
    ),
    (
        'Kishida said he wanted to hold a summit with Kim Jong Un "at an early date," but Pyongyang has said it sees no need for talks with Tokyo.',
        "sees no need for talks",
        "refused",
    ),
    (
        'Kishida said he wanted to hold a summit with Kim Jong Un "at an early date," but Pyongyang has said it sees no need for talks with Tokyo.',
        "wanted to hold a summit",
        "proposed",
    ),
    (
        "Chinese President Xi Jinping and U.S. President Donald Trump spoke by phone on Friday for the second time in three months, Xinhua said.",
        "spoke by phone",
        "active",
    ),
    (
        'Trump said he had cancelled his planned meeting with Putin because "it didn\'t feel right."',
        "cancelled his planned meeting",
        "suspended",
    ),
    (
        "India and China agreed to resume direct flights and the Kailash Mansarovar pilgrimage, suspended since 2020.",
        "agreed to resume direct flights",
        "proposed",
    ),
    (
        "Indian and Chinese corps commanders have met 21 times since the Galwan clash, most recently in February.",
        "have met 21 times",
        "active",
    ),
    (
        "After a hiatus of nearly five years, the special representatives of India and China met in Beijing on Wednesday.",
        "met",
        "resumed",
    ),
    (
        "Thailand and Cambodia's defence ministers will meet in Kuala Lumpur on Monday, Malaysia's foreign ministry said, after five days of border clashes.",
        "will meet",
        "proposed",
    ),
    (
        "Cambodia closed all border crossings with Thailand and banned Thai fruit and vegetable imports.",
        "closed all border crossings",
        "suspended",
    ),
    (
        "The Philippine and Chinese foreign ministries held the bilateral consultation mechanism meeting on the South China Sea in Manila, despite tensions at Second Thomas Shoal.",
        "held the bilateral consultation mechanism meeting",
        "active",
    ),
    (
        "Manila summoned China's deputy chief of mission and lodged a protest over the water cannon attack, the foreign ministry said.",
        "summoned China's deputy chief of mission",
        "active",
    ),
    (
        "Taiwan's Mainland Affairs Council said Beijing had ignored its proposals to resume cross-strait exchanges.",
        "had ignored",
        "refused",
    ),
    (
        "Beijing halted climate talks with Washington in August 2022 in retaliation for Pelosi's visit to Taiwan.",
        "halted climate talks",
        "suspended",
    ),
    (
        "US, China hold first military talks since Pelosi trip",
        "hold first military talks",
        "resumed",
    ),
    (
        "Seoul says North Korea not responding to liaison calls",
        "not responding",
        "refused",
    ),
]

# S20, written after the changes for S17–S19 and scored once (closer to whole articles:
# attributions, datelines, quotations, names holding cue words, announcements, passives;
# US–China military and climate channels, Japan–China, the Koreas, India–Pakistan,
# Russia–Ukraine, Iran–US and the IAEA, Bahrain–Iran, Israel–Hamas, Congo–Rwanda,
# Ethiopia–Eritrea, the Sahel and ECOWAS, Guyana–Venezuela, Peru–Mexico, Nicaragua–Taiwan,
# Australia–China): 32/41 (78.0 %; 33/41 with severed and suspended as one). Misses: "the two
# men shook hands" (refused: no cue of its own, the other clause's "declined" taken), "said it
# would suspend talks" and "said it would hold in abeyance" (active: an announced cut read as a
# threat), "a planned round … was scrapped" (severed, not suspended), "had still not allowed
# its inspectors back" (no cue), "the negotiating team was recalled" (a passive recall not
# read), "has yet to acknowledge Seoul's overtures" (the earlier clause's "dismantling" taken),
# "was discontinued" (no cue), "were held … after a postponement" (active: a postponement not
# read as a gap).
# The label of "the negotiating team was recalled" was written "suspended" and set to
# "severed" after the run, the convention of the dev cases ("Israel recalled its negotiators
# from Doha"); it was a miss either way (read as active).
STATUS_S20: list[StatusCase] = [
    (
        "The Chinese and U.S. militaries held a video conference on Wednesday, the first theater-level talks since the channel was cut in 2022, according to a Pentagon statement.",
        "held a video conference",
        "resumed",
    ),
    (
        "Dong Jun declined to meet Austin at the Shangri-La Dialogue in Singapore, the Pentagon said, though the two men shook hands at a dinner.",
        "declined to meet",
        "refused",
    ),
    (
        "Dong Jun declined to meet Austin at the Shangri-La Dialogue in Singapore, the Pentagon said, though the two men shook hands at a dinner.",
        "shook hands",
        "active",
    ),
    (
        "Beijing said on Friday it would suspend talks with Washington on climate change, military issues and drug trafficking in response to Pelosi's visit.",
        "would suspend talks",
        "suspended",
    ),
    (
        "Japan and China agreed on Saturday to set up a hotline between their defence authorities at an early date.",
        "set up a hotline",
        "proposed",
    ),
    (
        "The two sides last held a strategic dialogue in 2019; a planned round in 2020 was scrapped because of the pandemic.",
        "was scrapped",
        "suspended",
    ),
    (
        "Pakistan's National Security Committee said it would hold in abeyance all bilateral agreements with India, including the Simla Agreement.",
        "hold in abeyance",
        "suspended",
    ),
    (
        "Indian and Pakistani DGMOs have not spoken since the May 10 understanding, an Indian army officer said, contrary to reports of a second call.",
        "have not spoken",
        "suspended",
    ),
    (
        "Moscow and Kyiv have kept a humanitarian channel open through Turkish and Emirati mediators to arrange prisoner swaps.",
        "kept a humanitarian channel open",
        "active",
    ),
    (
        "Witkoff met Putin for nearly five hours in St Petersburg, his third meeting with the Russian leader this year.",
        "met Putin",
        "active",
    ),
    (
        'Ukraine\'s foreign ministry dismissed the Russian proposal for direct talks as a "smokescreen".',
        "dismissed",
        "refused",
    ),
    (
        "Tehran has rejected direct negotiations with Washington but left the door open to indirect talks through Oman.",
        "rejected direct negotiations",
        "refused",
    ),
    (
        "Tehran has rejected direct negotiations with Washington but left the door open to indirect talks through Oman.",
        "left the door open to indirect talks",
        "proposed",
    ),
    (
        "Iran's foreign minister Abbas Araghchi and U.S. envoy Steve Witkoff spoke directly for a short time after the indirect talks in Muscat, Iran's foreign ministry said.",
        "spoke directly",
        "active",
    ),
    (
        "The IAEA said Iranian authorities had still not allowed its inspectors back into Fordow.",
        "had still not allowed its inspectors back",
        "refused",
    ),
    (
        "Bahrain and Iran agreed to start talks on resuming diplomatic relations, which were cut in 2016.",
        "agreed to start talks",
        "proposed",
    ),
    (
        "Bahrain and Iran agreed to start talks on resuming diplomatic relations, which were cut in 2016.",
        "were cut",
        "severed",
    ),
    (
        "Israel's security cabinet voted to halt the flow of aid into Gaza and the negotiating team was recalled from Doha.",
        "was recalled",
        "severed",
    ),
    (
        "Hamas said it had handed its response to the mediators and was ready to enter immediately into a new round of negotiations.",
        "ready to enter immediately into a new round of negotiations",
        "proposed",
    ),
    (
        "Egypt and Qatar are pressing both sides to return to the negotiating table, a diplomat told AFP.",
        "return to the negotiating table",
        "proposed",
    ),
    (
        "KINSHASA (Reuters) - Congo's President Felix Tshisekedi and Rwanda's Paul Kagame did not meet in Luanda as planned after Rwanda's delegation pulled out at the last minute.",
        "did not meet",
        "suspended",
    ),
    (
        "Ethiopia's prime minister said his government had no intention of going to war with Eritrea and was open to dialogue.",
        "open to dialogue",
        "proposed",
    ),
    (
        "The Sahel juntas have refused to engage with ECOWAS since announcing their withdrawal in January.",
        "refused to engage",
        "refused",
    ),
    (
        "Guyana's president said he would not meet Maduro unless the Venezuelan leader dropped his claim to the Essequibo.",
        "would not meet Maduro",
        "refused",
    ),
    (
        "U.S. deportation flights to Venezuela resumed on Friday after Caracas agreed to accept the returnees, according to the Venezuelan government.",
        "resumed",
        "resumed",
    ),
    (
        "Peru broke off relations with Mexico after Mexico granted asylum to a former prime minister.",
        "broke off relations",
        "severed",
    ),
    (
        "Nicaragua's foreign ministry announced it was closing its embassy in Taipei and would establish ties with Beijing.",
        "would establish ties with Beijing",
        "proposed",
    ),
    (
        "The two Koreas' Red Cross officials have not met since the family reunions of August 2018.",
        "have not met",
        "suspended",
    ),
    (
        "North Korea did not respond to a proposal by Seoul on Monday for military talks to redraw the border, the defence ministry said.",
        "did not respond",
        "refused",
    ),
    (
        "South Korea's spy agency said North Korea has been dismantling the loudspeakers along the border, though Pyongyang has yet to acknowledge Seoul's overtures.",
        "has yet to acknowledge",
        "refused",
    ),
    (
        "Yoon and Kishida held a summit in Tokyo, the first visit by a South Korean president to Japan for bilateral talks in 12 years.",
        "held a summit",
        "resumed",
    ),
    (
        "The ROK-U.S. Nuclear Consultative Group convened its fourth meeting in Washington on Friday.",
        "convened its fourth meeting",
        "active",
    ),
    (
        "China's foreign ministry said it would not attend the Ukraine peace summit in Switzerland because it did not meet Beijing's expectations.",
        "would not attend",
        "refused",
    ),
    (
        'Beijing said the talks in Madrid were "candid, in-depth and constructive" and that both sides agreed to keep in close contact.',
        "agreed to keep in close contact",
        "active",
    ),
    (
        "The State Department said it had been in contact with Chinese counterparts about the detained Americans but declined to give details.",
        "had been in contact",
        "active",
    ),
    (
        "The U.S.-China Strategic and Economic Dialogue, launched in 2009, was discontinued under Trump.",
        "was discontinued",
        "severed",
    ),
    (
        "Xi is expected to visit Washington in 2026, Trump told reporters aboard Air Force One, adding that he himself would travel to Beijing in April.",
        "expected to visit Washington",
        "proposed",
    ),
    (
        'A senior U.S. official said Washington had raised the issue "forcefully" with Beijing in recent calls.',
        "in recent calls",
        "active",
    ),
    (
        "The MMCA talks, originally due in April, were held last week in Qingdao after a postponement.",
        "were held last week",
        "resumed",
    ),
    (
        "Australia's foreign minister Penny Wong met Wang Yi in Kuala Lumpur, where the two agreed to resume the Australia-China Strategic Dialogue.",
        "met Wang Yi",
        "active",
    ),
    (
        "Washington cut off intelligence sharing with Kyiv for a week in March before restoring it after the Jeddah talks.",
        "restoring it",
        "resumed",
    ),
]

# S21, written after the changes for S20 and scored once (US–China as the app's articles
# are: the military, climate, counter-narcotics and human rights channels, told by the
# Pentagon, the State Department, Xinhua and the wires; with the Koreas, Japan, India–China,
# Russia–US, Russia–Ukraine, Saudi Arabia–Iran, Venezuela–Colombia, the AU): 37/41 (90.2 %).
# Misses: "went ahead" after an aside "postponed in February after …" (active: the aside
# longer than the rule's reach), "the liaison channels remain cut" (active: "remain cut" not a
# cue), "paving the way for the first bilateral meeting … in five years" (resumed: "paving" not
# read as a prospect), "declined Washington's requests to set up a military hotline"
# (proposed: the refusal of a request not carried to the requested contact).
STATUS_S21: list[StatusCase] = [
    (
        "China's Defense Ministry said Thursday that the two militaries would hold a new round of maritime talks, in a sign that ties are thawing after a year of tensions.",
        "thawing",
        "resumed",
    ),
    (
        "Military-to-military communication, which Beijing cut off after then-House Speaker Nancy Pelosi visited Taiwan in August 2022, was restored after Biden and Xi met in Woodside.",
        "was restored",
        "resumed",
    ),
    (
        "Military-to-military communication, which Beijing cut off after then-House Speaker Nancy Pelosi visited Taiwan in August 2022, was restored after Biden and Xi met in Woodside.",
        "cut off",
        "severed",
    ),
    (
        "The Chinese side did not accept a U.S. proposal for a meeting between Austin and Li Shangfu at the Shangri-La Dialogue, the Pentagon said in a statement.",
        "did not accept",
        "refused",
    ),
    (
        "Beijing has kept most of its channels with Washington frozen since the visit, officials said.",
        "kept most of its channels with Washington frozen",
        "suspended",
    ),
    (
        "Talks between the two sides' defense ministries remain suspended, although working-level contacts have continued.",
        "remain suspended",
        "suspended",
    ),
    (
        "Talks between the two sides' defense ministries remain suspended, although working-level contacts have continued.",
        "have continued",
        "active",
    ),
    (
        "China has been reluctant to agree to a crisis hotline, which U.S. officials say is needed to prevent accidents from escalating.",
        "reluctant to agree to a crisis hotline",
        "refused",
    ),
    (
        "Blinken's visit to Beijing, postponed in February after a Chinese surveillance balloon crossed the United States, went ahead in June.",
        "postponed",
        "suspended",
    ),
    (
        "Blinken's visit to Beijing, postponed in February after a Chinese surveillance balloon crossed the United States, went ahead in June.",
        "went ahead",
        "resumed",
    ),
    (
        "Washington and Beijing have agreed to restart talks on counter-narcotics cooperation, a senior administration official said, but no date has been set.",
        "agreed to restart talks",
        "proposed",
    ),
    (
        "U.S. officials said Chinese counterparts had not returned calls since the collision.",
        "had not returned calls",
        "refused",
    ),
    (
        "Chinese Foreign Minister Wang Yi told Blinken in a phone call on Wednesday that Washington should stop interfering in China's internal affairs.",
        "in a phone call",
        "active",
    ),
    (
        "Secretary of State Antony Blinken's planned trip to Beijing was called off after the discovery of the balloon.",
        "was called off",
        "suspended",
    ),
    (
        "The two countries have not held a formal human rights dialogue since 2015.",
        "have not held",
        "suspended",
    ),
    (
        "Xi and Biden agreed to resume high-level military communications, including talks between theater commanders, and to restart the Military Maritime Consultative Agreement meetings.",
        "to restart",
        "proposed",
    ),
    (
        "China halted cooperation with the United States on a range of issues, including military talks and climate change, in retaliation.",
        "halted cooperation",
        "suspended",
    ),
    (
        "Beijing imposed sanctions on Pelosi and suspended climate talks with Washington, the foreign ministry said on Friday.",
        "suspended climate talks",
        "suspended",
    ),
    (
        "U.S. and Chinese climate envoys John Kerry and Xie Zhenhua met in Beijing on Monday, restarting talks that had been frozen for more than a year.",
        "met",
        "resumed",
    ),
    (
        "U.S. and Chinese climate envoys John Kerry and Xie Zhenhua met in Beijing on Monday, restarting talks that had been frozen for more than a year.",
        "had been frozen",
        "suspended",
    ),
    (
        "China refused a request from Defense Secretary Lloyd Austin to speak with his Chinese counterpart after the balloon was shot down, the Pentagon said.",
        "refused",
        "refused",
    ),
    (
        "A call between the two defense chiefs has not taken place since November 2022.",
        "has not taken place",
        "suspended",
    ),
    (
        "The Pentagon has sought to reopen lines of communication with the People's Liberation Army for more than a year.",
        "sought to reopen",
        "proposed",
    ),
    (
        "Speaking to reporters, Kirby said the administration remained committed to keeping channels of communication open with Beijing.",
        "keeping channels of communication open",
        "active",
    ),
    (
        'The State Department\'s top Asia diplomat, Daniel Kritenbrink, held "candid" talks with Chinese officials in Beijing this week.',
        'held "candid" talks',
        "active",
    ),
    (
        "Beijing rebuffed a U.S. request for a meeting between the two defense chiefs at the Shangri-La Dialogue, Pentagon officials said.",
        "rebuffed",
        "refused",
    ),
    (
        "Austin and Dong talked for about 75 minutes on the sidelines of the forum, their first substantive exchange in 18 months.",
        "talked",
        "resumed",
    ),
    (
        "China said on Monday it would not resume military dialogue with the United States until Washington stopped selling arms to Taiwan.",
        "would not resume military dialogue",
        "refused",
    ),
    (
        "The working group on fentanyl, launched after the Woodside summit, has not met since Trump took office, according to people familiar with the matter.",
        "has not met",
        "suspended",
    ),
    (
        "The administration has paused a planned dialogue on artificial intelligence with Beijing.",
        "paused",
        "suspended",
    ),
    (
        "The two leaders are due to speak by phone later this week, the White House said.",
        "due to speak by phone",
        "proposed",
    ),
    (
        "North Korea has not responded to the offer, which Seoul made through a statement because the liaison channels remain cut.",
        "remain cut",
        "severed",
    ),
    (
        "Tokyo protested through diplomatic channels and demanded that Beijing lift its ban on Japanese seafood.",
        "through diplomatic channels",
        "active",
    ),
    (
        "India and China agreed to restore patrolling arrangements along the LAC, paving the way for the first bilateral meeting between Modi and Xi in five years.",
        "the first bilateral meeting",
        "proposed",
    ),
    (
        "Russia's foreign ministry said contacts with Washington on restoring embassy operations would continue, with the next round in Moscow.",
        "would continue",
        "active",
    ),
    (
        "Ukraine and Russia have not held direct talks since the spring of 2022, when negotiations in Istanbul collapsed.",
        "collapsed",
        "severed",
    ),
    (
        "Ukraine and Russia have not held direct talks since the spring of 2022, when negotiations in Istanbul collapsed.",
        "have not held direct talks",
        "suspended",
    ),
    (
        "Saudi Arabia's foreign minister travelled to Tehran, the first such visit since the two countries restored ties.",
        "travelled to Tehran",
        "resumed",
    ),
    (
        "Venezuela suspended consular services in Colombia in 2019, and they were only restored last year.",
        "were only restored",
        "resumed",
    ),
    (
        "The AU mediation, which had been stalled for months, was relaunched in Nairobi on Tuesday.",
        "was relaunched",
        "resumed",
    ),
    (
        "Beijing has declined Washington's requests to set up a military hotline for space incidents.",
        "to set up a military hotline",
        "refused",
    ),
]

# S22, written after the changes for S21 and scored once (a wider vocabulary as news uses it:
# "normalised", "reinstated", "put on ice", "snubbed", "froze out", "walked away", "derailed",
# "downgrade"; Lithuania–China, Israel–Turkey, Saudi Arabia–Iran, Japan–North Korea,
# China–Japan–Korea, Taiwan–Guyana, Vietnam–China, India–Pakistan, India–Bangladesh,
# Armenia–Azerbaijan, Kosovo–Serbia, Russia–Ukraine, Egypt–Turkey, Chad and Burkina Faso–France,
# Ecuador–Mexico, Chile–Bolivia, Argentina–UK, US–Cuba, Australia–China): 35/42 (83.3 %; 36/42
# with severed and suspended as one). Misses: "downgrade diplomatic ties" and "derailed the
# talks" (no cue), "the trip has been scrapped" (severed, not suspended), "saw no basis for
# talks" (suspended: read as a negated contact), "prompting Mexico to break diplomatic
# relations" (active: "break … relations" not a cue, and "prompting … to" would read as a
# threat), "have had no ambassadors" (no cue), "unable to get ministers from Beijing on the
# phone" (no cue).
STATUS_S22: list[StatusCase] = [
    (
        "Lithuania's decision to allow a Taiwanese Representative Office prompted Beijing to downgrade diplomatic ties to the level of charge d'affaires.",
        "downgrade diplomatic ties",
        "severed",
    ),
    (
        "Israel and Turkey normalised relations in 2022, exchanging ambassadors for the first time in four years.",
        "normalised relations",
        "resumed",
    ),
    (
        "The rapprochement between Riyadh and Tehran has held despite the war in Gaza, with foreign ministers meeting regularly.",
        "meeting regularly",
        "active",
    ),
    (
        "Pyongyang snubbed Tokyo's overtures for a summit, saying Japan must first drop the abduction issue.",
        "snubbed",
        "refused",
    ),
    (
        "Talks on a free trade agreement between China, Japan and South Korea, dormant for years, were revived at the trilateral summit in Seoul.",
        "were revived",
        "resumed",
    ),
    (
        "The Pentagon said Chinese defense officials had joined a video teleconference with their U.S. counterparts on Tuesday.",
        "joined a video teleconference",
        "active",
    ),
    (
        "Washington derailed the talks by imposing new chip export controls, Chinese officials complained.",
        "derailed the talks",
        "suspended",
    ),
    (
        "Xi hosted Blinken at the Great Hall of the People for 35 minutes, a sign that Beijing wanted to stabilize ties.",
        "hosted Blinken",
        "active",
    ),
    (
        "The leaders exchanged letters over the holidays, KCNA said, without giving details.",
        "exchanged letters",
        "active",
    ),
    (
        "Seoul has offered to hold working-level talks at the truce village of Panmunjom, but the North has so far shown no response.",
        "shown no response",
        "refused",
    ),
    (
        "Seoul has offered to hold working-level talks at the truce village of Panmunjom, but the North has so far shown no response.",
        "offered to hold working-level talks",
        "proposed",
    ),
    (
        "Taiwan's representative office in Guyana was shut down a day after it opened, following pressure from Beijing.",
        "was shut down",
        "severed",
    ),
    (
        "The two sides reinstated the annual strategic dialogue after a seven-year gap.",
        "reinstated",
        "resumed",
    ),
    (
        "Kim Jong Un rejected the idea of talks with Seoul, KCNA reported, calling South Korea the 'principal enemy'.",
        "rejected the idea of talks",
        "refused",
    ),
    (
        "A proposed visit by the Chinese defence minister to Washington has been put on ice, according to two officials.",
        "put on ice",
        "suspended",
    ),
    (
        "The U.S. special envoy was due to travel to Beijing next week but the trip has been scrapped.",
        "has been scrapped",
        "suspended",
    ),
    (
        "Vietnam and China agreed to set up a hotline between their navies to manage incidents in the South China Sea.",
        "agreed to set up a hotline",
        "proposed",
    ),
    (
        "Modi and Sharif did not hold talks on the sidelines of the SCO summit, and officials said none were planned.",
        "did not hold talks",
        "suspended",
    ),
    (
        "Bangladesh summoned the Indian envoy for the second time in a week over the border killings.",
        "summoned the Indian envoy",
        "active",
    ),
    (
        "The foreign secretaries of India and Bangladesh met in Dhaka, the first high-level contact since the fall of Sheikh Hasina's government.",
        "met",
        "resumed",
    ),
    (
        "Azerbaijan and Armenia have initialled a peace treaty, and their leaders met in Washington.",
        "met in Washington",
        "active",
    ),
    (
        "Kosovo's prime minister walked away from the EU-mediated talks in Brussels, accusing Serbia of bad faith.",
        "walked away from",
        "severed",
    ),
    (
        "The Kremlin said it saw no basis for talks with Kyiv as long as Zelenskiy's decree banning negotiations remained in force.",
        "saw no basis for talks",
        "refused",
    ),
    (
        "Zelenskiy signed a decree in 2022 ruling out negotiations with Putin.",
        "ruling out negotiations",
        "refused",
    ),
    (
        "The envoys have been in regular touch by phone since the ceasefire took effect.",
        "in regular touch by phone",
        "active",
    ),
    (
        "Egypt restored full diplomatic relations with Turkey in 2023, ending a decade-long rift.",
        "restored full diplomatic relations",
        "resumed",
    ),
    (
        "The dialogue broke down in 2021 over disagreements on the filling of the dam.",
        "broke down",
        "severed",
    ),
    (
        "Chad ended its defence cooperation agreement with France, ordering French troops to leave.",
        "ended its defence cooperation agreement",
        "severed",
    ),
    (
        "Burkina Faso's junta has stopped all cooperation with the French military.",
        "stopped all cooperation",
        "suspended",
    ),
    (
        "Ecuador's police stormed the Mexican embassy in Quito, prompting Mexico to break diplomatic relations.",
        "break diplomatic relations",
        "severed",
    ),
    (
        "Chile and Bolivia have had no ambassadors in each other's capitals since 1978.",
        "no ambassadors",
        "suspended",
    ),
    (
        "Argentina and Britain agreed to resume direct flights to the Falklands, the foreign ministry said.",
        "agreed to resume",
        "proposed",
    ),
    (
        "Washington and Havana held a new round of migration talks in Havana on Thursday, the State Department said.",
        "held a new round of migration talks",
        "active",
    ),
    (
        "The White House said Biden would not meet Xi at the APEC summit unless progress was made on fentanyl.",
        "would not meet Xi",
        "refused",
    ),
    (
        "Wang Yi and Sullivan have established a strategic channel, meeting in Vienna, Malta and Bangkok.",
        "established a strategic channel",
        "active",
    ),
    (
        "Marines and PLA Navy officers chatted briefly during the port call in Qingdao.",
        "chatted briefly",
        "active",
    ),
    (
        "The U.S. and China have agreed to disagree on Taiwan but to keep talking, a senior official said.",
        "to keep talking",
        "active",
    ),
    (
        "Beijing called off a planned visit by the German foreign minister, citing scheduling conflicts.",
        "called off a planned visit",
        "suspended",
    ),
    (
        "Australia's trade minister said communication with Beijing had been restored after a three-year freeze.",
        "had been restored",
        "resumed",
    ),
    (
        "Canberra had been unable to get ministers from Beijing on the phone since 2020.",
        "unable to get ministers from Beijing on the phone",
        "refused",
    ),
    (
        "China froze out Australian ministers for three years after Canberra called for an inquiry into the origins of COVID-19.",
        "froze out",
        "refused",
    ),
    (
        "The two foreign ministers are set to meet in Kuala Lumpur on the sidelines of the ASEAN meeting next week.",
        "set to meet",
        "proposed",
    ),
]

# S23, written after the changes for S22 and scored once (the Koreas and the US, Iran, Gaza
# mediation, Pakistan–Afghanistan, India–Afghanistan, India–China, Russia–Ukraine, Russia–US,
# Poland and Azerbaijan–Russia, Georgia, Sudan, Egypt–Ethiopia, Somalia–Ethiopia,
# Colombia–ELN, Venezuela–Guyana, US–Venezuela, US–China, Japan): 35/40 (87.5 %; 36/40 with
# severed and suspended as one). Misses: "forbade any negotiations" (active: "forbade" no
# cue), "agreed to a ceasefire after talks in Doha" (proposed: the plan's reach taken past its
# object into a phrase of time), "talks … had failed" (active: "failed" no cue), "closed the
# last Russian consulate" (suspended: a consulate's closure not read as a cut), "the summit …
# is now in doubt" (active: "now" kept "in doubt" from its noun).
STATUS_S23: list[StatusCase] = [
    (
        "The two militaries have maintained only sporadic contact since the collision, U.S. officials said.",
        "maintained only sporadic contact",
        "active",
    ),
    (
        "China on Friday announced it was scrapping a dialogue mechanism on maritime affairs with the Philippines.",
        "scrapping a dialogue mechanism",
        "severed",
    ),
    (
        "Beijing has left a U.S. request for talks on nuclear risk reduction unanswered for months.",
        "unanswered",
        "refused",
    ),
    (
        "North Korea has ignored repeated calls from Washington to return to denuclearization talks.",
        "ignored",
        "refused",
    ),
    (
        "Trump said he would be open to meeting Kim Jong Un again, though North Korea has shown no interest.",
        "open to meeting Kim Jong Un again",
        "proposed",
    ),
    (
        "Kim and Trump have not met since their 2019 summit at Panmunjom.",
        "have not met",
        "suspended",
    ),
    (
        "Talks between Kim and Trump collapsed in Hanoi in 2019 without a deal.",
        "collapsed",
        "severed",
    ),
    (
        "Iran's supreme leader forbade any negotiations with the United States in 2018.",
        "forbade any negotiations",
        "refused",
    ),
    (
        "U.S. and Iranian negotiators have been trading written messages through Oman.",
        "trading written messages",
        "active",
    ),
    (
        "Israel and Hamas began indirect talks in Cairo on Sunday on the second phase of the ceasefire.",
        "began indirect talks",
        "active",
    ),
    (
        "Qatar has suspended its mediation efforts until Hamas and Israel show seriousness, a diplomat said.",
        "suspended its mediation",
        "suspended",
    ),
    (
        "The Israeli delegation returned from Doha without an agreement, and no new round has been scheduled.",
        "no new round has been scheduled",
        "suspended",
    ),
    (
        "Pakistan and Afghanistan's Taliban government agreed to a ceasefire after talks in Doha mediated by Qatar and Turkey.",
        "after talks in Doha",
        "active",
    ),
    (
        "Islamabad said talks with the Taliban in Istanbul had failed and there would be no further rounds.",
        "had failed",
        "severed",
    ),
    (
        "India has kept its embassy in Kabul open at a technical level since 2022.",
        "kept its embassy in Kabul open",
        "active",
    ),
    (
        "Beijing and New Delhi will resume direct flights later this month after a five-year suspension, the Indian foreign ministry said.",
        "will resume direct flights",
        "proposed",
    ),
    (
        "Border talks between India and China's special representatives were held in New Delhi in August, their 24th round.",
        "were held",
        "active",
    ),
    (
        "Ukraine's foreign minister said Kyiv had no contact with Moscow beyond prisoner exchanges.",
        "had no contact with Moscow",
        "suspended",
    ),
    (
        "Putin has repeatedly said he is ready for negotiations, but only on terms that Kyiv regards as capitulation.",
        "ready for negotiations",
        "proposed",
    ),
    (
        "Lavrov and Rubio spoke by telephone on Monday and agreed to prepare a meeting between their presidents.",
        "agreed to prepare a meeting",
        "proposed",
    ),
    (
        "The US and Russia reopened their embassies' consular sections after years of expulsions.",
        "reopened",
        "resumed",
    ),
    (
        "Warsaw closed the last Russian consulate in Poland, in Gdansk, after sabotage attempts.",
        "closed the last Russian consulate",
        "severed",
    ),
    (
        "Azerbaijan suspended the work of the Russian state news agency Sputnik and called off all planned visits by Russian officials.",
        "called off all planned visits",
        "suspended",
    ),
    (
        "Georgia and Russia have had no diplomatic relations since the 2008 war.",
        "no diplomatic relations",
        "suspended",
    ),
    (
        "Saudi Arabia has hosted several rounds of talks between Sudan's warring parties in Jeddah, the last of which ended in December 2023.",
        "hosted several rounds of talks",
        "active",
    ),
    (
        "The RSF boycotted the Geneva talks, and the army sent no delegation.",
        "boycotted",
        "refused",
    ),
    (
        "The RSF boycotted the Geneva talks, and the army sent no delegation.",
        "sent no delegation",
        "refused",
    ),
    (
        "Ethiopia and Egypt's foreign ministers spoke on the phone for the first time since the talks collapsed.",
        "spoke on the phone",
        "resumed",
    ),
    (
        "Somalia said on Thursday it had expelled Ethiopia's ambassador and ordered the closure of two Ethiopian consulates.",
        "ordered the closure of two Ethiopian consulates",
        "severed",
    ),
    (
        "Colombia and the ELN will return to the negotiating table in Caracas next month, the government's chief negotiator said.",
        "will return to the negotiating table",
        "proposed",
    ),
    (
        "Petro suspended peace talks with the ELN in January after the group's attacks in Catatumbo.",
        "suspended peace talks",
        "suspended",
    ),
    (
        "Venezuela and Guyana's presidents shook hands in St Vincent and pledged not to use force.",
        "shook hands",
        "active",
    ),
    (
        "Washington has restored direct contacts with Caracas after years of estrangement, sending an envoy to meet Maduro.",
        "restored direct contacts",
        "resumed",
    ),
    (
        "The U.S. and China held their first round of talks on artificial intelligence risks in Geneva in May.",
        "held their first round of talks",
        "active",
    ),
    (
        "The defense chiefs' talks, which had been expected in the spring, did not take place.",
        "did not take place",
        "suspended",
    ),
    (
        "China said it had lodged 'stern representations' with the U.S. side through diplomatic channels.",
        "lodged 'stern representations'",
        "active",
    ),
    (
        "Officials from the two sides are in talks about a possible visit by Xi to the United States.",
        "in talks",
        "active",
    ),
    (
        "The summit between Xi and Trump is now in doubt after the latest round of export controls.",
        "in doubt",
        "suspended",
    ),
    (
        "Japan's prime minister and Xi met for 30 minutes on the sidelines of APEC and agreed to pursue a 'mutually beneficial strategic relationship'.",
        "met for 30 minutes",
        "active",
    ),
    (
        "Tokyo has repeatedly requested a summit with Pyongyang, without success.",
        "requested a summit",
        "proposed",
    ),
]

# S24, written after the changes for S23 and scored once (mostly US–China as the app's
# articles are: trade talks, the military channels, the leaders' calls, drug control,
# deportation flights; with Taiwan, the Koreas, Japan–China, India–Pakistan, Russia–Ukraine,
# Israel–Lebanon, Iran, Saudi Arabia–Iran, Niger, Brazil–US): 40/41 (97.6 %). Miss: "exchanges
# between the Kuomintang and Chinese Communist Party had intensified, even as official
# channels remained frozen" (suspended: the selection's clause cut at the "and" of a name,
# so the other clause's "frozen" taken).
STATUS_S24: list[StatusCase] = [
    (
        "Beijing has rejected U.S. calls for talks on nuclear arms control, saying its arsenal is far smaller than those of the United States and Russia.",
        "rejected U.S. calls for talks",
        "refused",
    ),
    (
        "The Chinese and American delegations wrapped up two days of trade talks in London on Tuesday night, agreeing on a framework to implement the Geneva consensus.",
        "wrapped up two days of trade talks",
        "active",
    ),
    (
        "The United States and China have kept talking despite the tariff war, with Bessent and He Lifeng meeting five times this year.",
        "kept talking",
        "active",
    ),
    (
        "A Chinese foreign ministry spokesman said there had been no contact between the two leaders since the tariffs were imposed, contradicting Trump's claim.",
        "no contact between the two leaders",
        "suspended",
    ),
    (
        "China's commerce ministry said it was open to talks with Washington but warned it would 'fight to the end' if the U.S. insisted on escalating tariffs.",
        "open to talks",
        "proposed",
    ),
    (
        "The U.S. military's top officer, Gen. Mark Milley, twice called his Chinese counterpart in the final months of the Trump administration to reassure him.",
        "twice called his Chinese counterpart",
        "active",
    ),
    (
        "China refused to pick up the phone when the Pentagon tried to contact the PLA after the balloon was shot down.",
        "refused to pick up the phone",
        "refused",
    ),
    (
        "The channel between the two countries' coast guards, suspended since 2022, has not been revived.",
        "has not been revived",
        "suspended",
    ),
    (
        "Washington and Beijing restarted a dialogue on drug control in January, more than three years after it was frozen.",
        "restarted a dialogue",
        "resumed",
    ),
    (
        "Washington and Beijing restarted a dialogue on drug control in January, more than three years after it was frozen.",
        "was frozen",
        "suspended",
    ),
    (
        "The State Department said Beijing had agreed to resume accepting deportation flights, which it halted in 2018.",
        "halted",
        "suspended",
    ),
    (
        "Biden and Xi will meet for the first time in a year on the sidelines of the APEC summit, U.S. officials said.",
        "will meet",
        "proposed",
    ),
    (
        "It would be the leaders' first face-to-face meeting since Bali.",
        "first face-to-face meeting",
        "proposed",
    ),
    (
        "U.S. officials had hoped to arrange a meeting between Austin and Dong in Singapore, but China said no.",
        "said no",
        "refused",
    ),
    (
        "U.S. officials had hoped to arrange a meeting between Austin and Dong in Singapore, but China said no.",
        "hoped to arrange a meeting",
        "proposed",
    ),
    (
        "The White House said it was 'disappointed' that Beijing had declined to hold the meeting.",
        "declined to hold the meeting",
        "refused",
    ),
    (
        "The two sides' maritime law enforcement agencies have not communicated directly since the Second Thomas Shoal standoff.",
        "have not communicated directly",
        "suspended",
    ),
    (
        "Xi told Biden that China had no intention of invading Taiwan and would keep military channels open.",
        "would keep military channels open",
        "active",
    ),
    (
        "China announced it would halt participation in the climate working group, just weeks after it was established.",
        "would halt participation",
        "suspended",
    ),
    (
        "Beijing said the talks could resume if Washington 'corrected its mistakes'.",
        "could resume",
        "proposed",
    ),
    (
        "Chinese officials skipped a planned meeting of the U.S.-China joint commission on science and technology.",
        "skipped",
        "refused",
    ),
    (
        "TAIPEI (AP) — Taiwan's Mainland Affairs Council said exchanges between the Kuomintang and Chinese Communist Party had intensified, even as official channels remained frozen.",
        "remained frozen",
        "suspended",
    ),
    (
        "TAIPEI (AP) — Taiwan's Mainland Affairs Council said exchanges between the Kuomintang and Chinese Communist Party had intensified, even as official channels remained frozen.",
        "had intensified",
        "active",
    ),
    (
        "Seoul restored the 2018 military pact in full after the new government took office, reversing a suspension by its predecessor.",
        "restored the 2018 military pact",
        "resumed",
    ),
    (
        "North Korea's foreign ministry said it would never sit down with South Korea, which it called a 'hostile state'.",
        "would never sit down",
        "refused",
    ),
    (
        "Japanese and Chinese defence officials held their first talks in 18 months in Beijing on Tuesday, discussing the hotline.",
        "held their first talks in 18 months",
        "resumed",
    ),
    (
        "The Japan-China maritime and aerial communication mechanism hotline has been used only once since it was launched in 2023.",
        "has been used only once",
        "active",
    ),
    (
        "Delhi and Islamabad have not engaged in structured dialogue since 2015.",
        "have not engaged in structured dialogue",
        "suspended",
    ),
    (
        "The Indus commissioners' annual meeting, required by the treaty, has not been held since 2022.",
        "has not been held",
        "suspended",
    ),
    (
        "India said it would not attend the meeting of the Permanent Indus Commission, having put the treaty in abeyance.",
        "would not attend",
        "refused",
    ),
    (
        "Russia and Ukraine held a second round of direct talks in Istanbul on Monday that lasted just over an hour.",
        "held a second round of direct talks",
        "active",
    ),
    (
        "Ukraine's delegation said it would not negotiate under ultimatums.",
        "would not negotiate",
        "refused",
    ),
    (
        "The U.S. envoy's visit to Moscow went ahead despite reports that the Kremlin had cancelled it.",
        "went ahead",
        "active",
    ),
    (
        "Hezbollah and Israel have communicated through U.S. mediator Amos Hochstein.",
        "have communicated",
        "active",
    ),
    (
        "Lebanon and Israel began direct talks on the border for the first time in decades.",
        "began direct talks",
        "resumed",
    ),
    (
        "The European troika triggered the snapback mechanism, and Iran responded by suspending cooperation with the IAEA.",
        "suspending cooperation",
        "suspended",
    ),
    (
        "Saudi Arabia and Iran have exchanged ambassadors and reopened embassies since the Beijing-brokered deal.",
        "reopened embassies",
        "resumed",
    ),
    (
        "The African Union suspended Niger after the coup, and ECOWAS imposed sanctions.",
        "suspended Niger",
        "suspended",
    ),
    (
        "Brazil's Lula said he would not speak to Trump until the U.S. president was willing to negotiate.",
        "would not speak to Trump",
        "refused",
    ),
    (
        "Lula and Trump spoke by video call on Monday, their first conversation since the tariffs, and agreed to meet in person soon.",
        "agreed to meet in person",
        "proposed",
    ),
    (
        "Lula and Trump spoke by video call on Monday, their first conversation since the tariffs, and agreed to meet in person soon.",
        "spoke by video call",
        "resumed",
    ),
]

# S25, written after the changes for S24 and scored once (nouns of status and aspect: "the
# cut-off", "the restoration", "the reconciliation", "have been holding", "have yet to
# resume", "never materialized", "fell through", "almost nonexistent"; US–China, the Koreas,
# Gaza talks, the Gulf, Turkey–Armenia, Morocco–Algeria, Rwanda–Burundi, Kenya–Tanzania,
# Venezuela, Central America, Australia, New Zealand, the Philippines, Vietnam,
# Thailand–Cambodia, Indonesia, Japan–Korea, Japan–China): 32/40 (80.0 %). Misses: "never
# materialized" (proposed: no cue, the planned visit read), "The freeze … ended in May when
# Wang Yi met Sullivan" (active: the end of a freeze not carried to the contact that ended
# it), "reached out" (proposed: no cue, the later "propose" taken), "The cut-off of the
# inter-Korean hotlines" (active: the hyphenated noun not a cue), "kept in touch … before the
# two restored relations" (resumed: a later restoration carried back to the contact), "The
# reconciliation" (refused: no cue, the "blockade" it ended taken), "which had not met since
# 2012, convened" (active: the aside's "had not met" not read as a gap), "has been almost
# nonexistent" (active: no cue).
STATUS_S25: list[StatusCase] = [
    (
        "U.S. and Chinese officials have been holding regular talks on fentanyl since the Woodside summit, a White House official said.",
        "have been holding regular talks",
        "active",
    ),
    (
        "The annual defense talks, which have yet to resume, were last held in 2019.",
        "have yet to resume",
        "suspended",
    ),
    (
        "A planned visit by the Chinese vice premier never materialized after the new tariffs were announced.",
        "never materialized",
        "suspended",
    ),
    (
        "Plans for a trilateral summit fell through after Beijing objected to the agenda.",
        "fell through",
        "suspended",
    ),
    (
        "The freeze on high-level contacts ended in May when Wang Yi met Sullivan in Vienna.",
        "Wang Yi met Sullivan",
        "resumed",
    ),
    (
        "Beijing reached out to Washington through a back channel to propose a meeting between the two presidents.",
        "reached out",
        "active",
    ),
    (
        "Beijing reached out to Washington through a back channel to propose a meeting between the two presidents.",
        "propose a meeting",
        "proposed",
    ),
    (
        "Pyongyang has spurned every offer of dialogue from Seoul since the Yoon administration took office.",
        "spurned",
        "refused",
    ),
    (
        "The cut-off of the inter-Korean hotlines in June 2020 came days before the North demolished the liaison office.",
        "The cut-off of the inter-Korean hotlines",
        "severed",
    ),
    (
        "The restoration of the hotlines in October 2021 raised hopes for a summit that never came.",
        "The restoration of the hotlines",
        "resumed",
    ),
    (
        "Both sides would like to see the talks resumed 'as soon as possible', the joint statement said.",
        "would like to see the talks resumed",
        "proposed",
    ),
    (
        "Israel has stopped sending negotiators to Cairo, an Egyptian official said, and the ceasefire talks are effectively frozen.",
        "are effectively frozen",
        "suspended",
    ),
    (
        "Israel has stopped sending negotiators to Cairo, an Egyptian official said, and the ceasefire talks are effectively frozen.",
        "stopped sending negotiators",
        "suspended",
    ),
    (
        "Riyadh kept in touch with Tehran through the Iraqi and Omani channels before the two restored relations.",
        "kept in touch",
        "active",
    ),
    (
        "The reconciliation between Qatar and its Gulf neighbours in 2021 ended a three-and-a-half-year blockade.",
        "The reconciliation",
        "resumed",
    ),
    (
        "Ankara and Yerevan's special envoys have met several times since 2022 in a bid to normalise ties, but the border remains closed.",
        "have met several times",
        "active",
    ),
    (
        "Ankara and Yerevan's special envoys have met several times since 2022 in a bid to normalise ties, but the border remains closed.",
        "remains closed",
        "suspended",
    ),
    (
        "Morocco and Algeria have not had diplomatic relations since Algiers severed ties in 2021.",
        "severed ties",
        "severed",
    ),
    (
        "Morocco and Algeria have not had diplomatic relations since Algiers severed ties in 2021.",
        "have not had diplomatic relations",
        "suspended",
    ),
    (
        "Rwanda and Burundi reopened their border in 2022, three years after Burundi closed it over accusations of support for rebels.",
        "reopened their border",
        "resumed",
    ),
    (
        "Kenya's foreign ministry said it had reached out to the Tanzanian government over the deportation of activists.",
        "had reached out",
        "active",
    ),
    (
        "The talks between Maduro's government and the opposition in Mexico City have been on hold since November 2021.",
        "have been on hold",
        "suspended",
    ),
    (
        "Washington's offer to lift some sanctions in exchange for free elections went unanswered.",
        "went unanswered",
        "refused",
    ),
    (
        "El Salvador and Honduras have been in talks on a maritime border agreement for months.",
        "have been in talks",
        "active",
    ),
    (
        "Australian and Chinese ministers have resumed annual dialogues, with the strategic economic dialogue held in Canberra for the first time since 2017.",
        "have resumed annual dialogues",
        "resumed",
    ),
    (
        "New Zealand's foreign minister said Wellington's relationship with Beijing was 'mature enough' to withstand disagreements, and that channels would remain open.",
        "channels would remain open",
        "active",
    ),
    (
        "The Philippines recalled its envoy from Beijing for consultations last week.",
        "recalled its envoy",
        "severed",
    ),
    (
        "Chinese and Philippine coast guard commanders exchanged radio messages during the standoff, according to Manila.",
        "exchanged radio messages",
        "active",
    ),
    (
        "Vietnam's party chief To Lam received the Chinese foreign minister in Hanoi on Monday.",
        "received the Chinese foreign minister",
        "active",
    ),
    (
        "Cambodia's Hun Manet and Thailand's acting prime minister spoke on Saturday evening, agreeing to an immediate ceasefire.",
        "spoke",
        "active",
    ),
    (
        "The Joint Boundary Commission, which had not met since 2012, convened in Phnom Penh in June.",
        "convened",
        "resumed",
    ),
    (
        "Indonesia's president turned down an invitation to attend the military parade in Beijing, citing domestic unrest.",
        "turned down an invitation",
        "refused",
    ),
    (
        "South Korea and Japan resumed their 'shuttle diplomacy' in 2023 after a 12-year gap.",
        "resumed their 'shuttle diplomacy'",
        "resumed",
    ),
    (
        "Japan has protested to China through diplomatic channels over the detention of an Astellas employee and demanded his early release.",
        "protested to China through diplomatic channels",
        "active",
    ),
    (
        "Tokyo suspended a planned summit with Beijing after the incident.",
        "suspended a planned summit",
        "suspended",
    ),
    (
        "China said it would cancel the trilateral ministers' meeting, citing 'scheduling difficulties'.",
        "would cancel the trilateral ministers' meeting",
        "suspended",
    ),
    (
        "Dialogue between the two militaries has been almost nonexistent since 2022.",
        "has been almost nonexistent",
        "suspended",
    ),
    (
        "The hotline is expected to become operational by the end of the year.",
        "expected to become operational",
        "proposed",
    ),
    (
        "Officials said the line had gone unused for more than a year.",
        "had gone unused",
        "suspended",
    ),
    (
        "China's top diplomat called for the resumption of the six-party talks, which collapsed in 2009.",
        "called for the resumption of the six-party talks",
        "proposed",
    ),
]

# S26, written after the changes for S25 and scored once (mostly US–China in the words of
# Chinese readouts and the Pentagon: "had a phone conversation", "lodged solemn
# representations", "decided to suspend", "will cancel …, the ministry said", a headline with
# a colon; with Japan–China–Korea, Russia–China, India–Pakistan, Iran–US, Israel–Syria, the
# Houthis, Ethiopia–Eritrea, Congo–Rwanda, South Africa–US, Venezuela, Mexico–Ecuador): 38/40
# (95.0 %; 39/40 with severed and suspended as one). Misses: "China will cancel …, the
# ministry said in a statement" (active: an announcement attributed after the sentence read
# as a threat), "expelled Ebrahim Rasool" (suspended: an envoy named by his name not read).
STATUS_S26: list[StatusCase] = [
    (
        "Chinese President Xi Jinping had a phone conversation with U.S. President Joe Biden on Tuesday at the latter's request.",
        "had a phone conversation",
        "active",
    ),
    (
        "The two sides had candid and in-depth exchanges of views on China-U.S. relations and issues of mutual interest.",
        "had candid and in-depth exchanges of views",
        "active",
    ),
    (
        "Wang said the Chinese side had lodged solemn representations with the U.S. side over the sanctions.",
        "lodged solemn representations",
        "active",
    ),
    (
        "The two sides agreed to maintain dialogue and communication at all levels, Xinhua said.",
        "agreed to maintain dialogue",
        "active",
    ),
    (
        "China has decided to suspend the China-U.S. Climate Change Talks, the foreign ministry announced.",
        "decided to suspend",
        "suspended",
    ),
    (
        "China will cancel the China-U.S. Theater Commanders Talk and the Defense Policy Coordination Talks, the ministry said in a statement.",
        "will cancel",
        "suspended",
    ),
    (
        "The Chinese side will not accept any meeting between the U.S. defense secretary and its defense minister as long as sanctions on Li remain in place.",
        "will not accept any meeting",
        "refused",
    ),
    (
        "A senior defense official said the PLA had 'consistently' refused or ignored U.S. requests for talks in the past two years.",
        "refused or ignored",
        "refused",
    ),
    (
        "Pentagon: China has not responded to Austin's request for a call",
        "has not responded",
        "refused",
    ),
    (
        "The United States and China will hold a new round of economic and trade consultations in Kuala Lumpur, Xinhua reported.",
        "will hold a new round",
        "proposed",
    ),
    (
        "U.S. Commerce Secretary Gina Raimondo and Chinese Commerce Minister Wang Wentao agreed to set up a new communication channel on trade issues.",
        "agreed to set up a new communication channel",
        "proposed",
    ),
    (
        "The working group held its first meeting in Beijing in August, the Commerce Department said.",
        "held its first meeting",
        "active",
    ),
    (
        "Military talks between the two countries have been largely frozen since August 2022.",
        "have been largely frozen",
        "suspended",
    ),
    (
        "Beijing in June rejected a Pentagon proposal for Austin to meet Li in Singapore.",
        "rejected a Pentagon proposal",
        "refused",
    ),
    (
        "The two men did exchange a handshake at the opening dinner but did not have a substantive discussion.",
        "did not have a substantive discussion",
        "suspended",
    ),
    (
        "The two men did exchange a handshake at the opening dinner but did not have a substantive discussion.",
        "did exchange a handshake",
        "active",
    ),
    (
        "Washington hopes to restore the full range of military channels, including the hotline between the Pentagon and the PLA's Central Military Commission.",
        "hopes to restore",
        "proposed",
    ),
    (
        "The Pentagon said the talks were 'an important step' toward restoring open, reliable military communication.",
        "restoring open, reliable military communication",
        "proposed",
    ),
    (
        "Chinese and U.S. trade negotiators held a video call in which they 'exchanged views constructively' on implementing the trade deal.",
        "held a video call",
        "active",
    ),
    (
        "Beijing retaliated by halting purchases of U.S. soybeans and suspending the trade dialogue.",
        "suspending the trade dialogue",
        "suspended",
    ),
    (
        "The nuclear talks, held in Geneva in November 2023, were the first of their kind in five years.",
        "held in Geneva",
        "resumed",
    ),
    (
        "Chinese officials have signalled they are unwilling to return to arms control talks until Washington reduces its arsenal.",
        "unwilling to return to arms control talks",
        "refused",
    ),
    (
        "Washington and Beijing still maintain a channel between their coast guards, which met in Hawaii in September.",
        "still maintain a channel",
        "active",
    ),
    (
        "The Chinese embassy said the U.S. side had 'unilaterally' cancelled the visit.",
        "cancelled the visit",
        "suspended",
    ),
    (
        "Li Qiang and Kishida agreed to resume the China-Japan-South Korea trilateral summit, which had been suspended since 2019.",
        "agreed to resume",
        "proposed",
    ),
    (
        "Seoul and Beijing revived their 2+2 vice-ministerial dialogue on diplomacy and security after a nine-year break.",
        "revived",
        "resumed",
    ),
    (
        "Russia's Shoigu and China's Dong Jun held talks in Moscow, reaffirming their military partnership.",
        "held talks in Moscow",
        "active",
    ),
    (
        "Pakistan and India's national security advisers have been in contact, the Financial Times reported.",
        "have been in contact",
        "active",
    ),
    (
        "The India-Pakistan ceasefire understanding was reached through the DGMO hotline, not through third-party mediation, New Delhi insisted.",
        "through the DGMO hotline",
        "active",
    ),
    (
        "Iran and the United States have not held direct talks since Washington quit the nuclear deal in 2018.",
        "have not held direct talks",
        "suspended",
    ),
    (
        "Iran and the United States have not held direct talks since Washington quit the nuclear deal in 2018.",
        "quit the nuclear deal",
        "severed",
    ),
    (
        "Witkoff's planned meeting with Araqchi in Oslo was postponed indefinitely, Iranian media reported.",
        "was postponed indefinitely",
        "suspended",
    ),
    (
        "Tehran says it will not negotiate while under attack.",
        "will not negotiate",
        "refused",
    ),
    (
        "Israeli and Syrian officials met in Paris in July, their first publicly acknowledged direct talks in decades.",
        "met in Paris",
        "resumed",
    ),
    (
        "The Houthis have cut off contact with U.N. envoy Hans Grundberg, a U.N. spokesman said.",
        "cut off contact",
        "severed",
    ),
    (
        "Addis Ababa and Asmara have not communicated at a senior level since the Pretoria agreement.",
        "have not communicated at a senior level",
        "suspended",
    ),
    (
        "The Democratic Republic of Congo and Rwanda signed a peace deal in Washington after months of talks mediated by Qatar and the United States.",
        "after months of talks",
        "active",
    ),
    (
        "South Africa and the U.S. have not appointed ambassadors since Washington expelled Ebrahim Rasool.",
        "expelled Ebrahim Rasool",
        "severed",
    ),
    (
        "Venezuela ordered the closure of its embassies in seven Latin American countries after the July election.",
        "ordered the closure of its embassies",
        "severed",
    ),
    (
        "Mexico's foreign ministry said contacts with Ecuador remain suspended.",
        "remain suspended",
        "suspended",
    ),
]

# S27, written after the changes for S26 and scored once (harder grammar: "it is unclear
# whether", "there is no sign", "has not ruled out", "neither … nor", "rather than",
# "instead of", "once again", "anew", "if the talks fail", a refusal or a decision as a noun,
# "was met with silence", "have yet to hold", a contraction; US–China, the Koreas,
# Japan–China, the Philippines, India–Pakistan, Russia–Ukraine, Armenia–Azerbaijan, the Gulf,
# the AU and Mali, Nicaragua, Colombia, Cuba, Egypt–Ethiopia, Sudan–UAE, Mali–Algeria,
# Burkina Faso): 30/40 (75.0 %). Misses: "Neither Moscow nor Kyiv has shown any willingness to
# meet" (proposed: "neither … nor" not read as a negation), "Rather than cutting off contacts"
# (severed) and "Instead of resuming the talks" (proposed: "rather than"/"instead of" not read
# as negations), "slow-walking requests" (no cue), "was met with silence" (read as "met"),
# "have yet to hold a bilateral meeting" (suspended, where a meeting never held is still
# ahead), "have held regular phone calls since their countries restored ties" (resumed: the
# earlier restoration carried to the calls), "upgraded it again" (no cue), "lifted Mali's
# suspension" (suspended: the possessive not read), "haven't held talks" (active: no
# contraction "n't" was ever read as a negation, nor a curly apostrophe).
STATUS_S27: list[StatusCase] = [
    (
        "It is unclear whether the two defence ministers will meet at the forum this year.",
        "will meet",
        "proposed",
    ),
    (
        "There is no sign that Beijing is prepared to restore the hotline anytime soon.",
        "restore the hotline",
        "suspended",
    ),
    (
        "Washington has not ruled out direct talks with the Taliban, a State Department spokesman said.",
        "direct talks",
        "proposed",
    ),
    (
        "Neither Moscow nor Kyiv has shown any willingness to meet face to face.",
        "meet face to face",
        "refused",
    ),
    (
        "Rather than cutting off contacts, Seoul chose to keep the liaison office staffed.",
        "cutting off contacts",
        "active",
    ),
    (
        "Instead of resuming the talks, the two sides exchanged accusations.",
        "resuming the talks",
        "suspended",
    ),
    (
        "North Korea has once again cut off the military communication lines, the South's defence ministry said.",
        "cut off",
        "severed",
    ),
    (
        "The two chiefs spoke anew on Thursday, a week after their first call in two years.",
        "spoke anew",
        "resumed",
    ),
    (
        "If the talks fail, Washington will impose secondary tariffs, Trump warned.",
        "If the talks fail",
        "active",
    ),
    (
        "Beijing's refusal to resume the dialogue has frustrated U.S. officials.",
        "refusal to resume the dialogue",
        "refused",
    ),
    (
        "The suspension of the talks, announced in August, remains in force.",
        "remains in force",
        "suspended",
    ),
    (
        "The decision to resume military talks was welcomed in Washington.",
        "The decision to resume military talks",
        "proposed",
    ),
    (
        "The Pentagon said the call was 'professional and substantive,' and both sides agreed to keep communication lines open.",
        "the call",
        "active",
    ),
    (
        "Washington had been pressing for months for the restoration of the military hotline.",
        "pressing for months for the restoration",
        "proposed",
    ),
    (
        "Beijing has been slow-walking requests for a meeting between the two defense chiefs.",
        "slow-walking requests",
        "refused",
    ),
    (
        "China's foreign ministry dodged a question on whether Xi would attend the summit in person.",
        "would attend the summit",
        "proposed",
    ),
    (
        "The U.S. side proposed resuming the talks, and the Chinese side said it would study the proposal.",
        "proposed resuming the talks",
        "proposed",
    ),
    (
        "The hotline went unanswered during the 2001 spy plane crisis, U.S. officials recall.",
        "went unanswered",
        "refused",
    ),
    (
        "Both governments downplayed the significance of the meeting, which lasted under an hour.",
        "the meeting",
        "active",
    ),
    (
        "The two sides held 'working-level' consultations in Beijing last month but did not announce any results.",
        "held 'working-level' consultations",
        "active",
    ),
    (
        "The liaison office in Kaesong, blown up by the North in June 2020, has not been rebuilt.",
        "blown up",
        "severed",
    ),
    (
        "The liaison office in Kaesong, blown up by the North in June 2020, has not been rebuilt.",
        "has not been rebuilt",
        "suspended",
    ),
    (
        "Seoul's offer of talks was met with silence from Pyongyang.",
        "was met with silence",
        "refused",
    ),
    (
        "Tokyo and Beijing are working to arrange a meeting between their leaders at APEC.",
        "working to arrange a meeting",
        "proposed",
    ),
    (
        "The Philippine and Chinese presidents have yet to hold a bilateral meeting.",
        "have yet to hold a bilateral meeting",
        "proposed",
    ),
    (
        "Pakistan's army chief and India's have never spoken directly, according to officials.",
        "have never spoken directly",
        "suspended",
    ),
    (
        "New Delhi turned down Islamabad's offer of a neutral investigation and talks.",
        "turned down",
        "refused",
    ),
    (
        "Zelenskiy called for a meeting with Putin 'in any format', a proposal the Kremlin dismissed.",
        "called for a meeting with Putin",
        "proposed",
    ),
    (
        "Zelenskiy called for a meeting with Putin 'in any format', a proposal the Kremlin dismissed.",
        "dismissed",
        "refused",
    ),
    (
        "Talks between Armenia and Azerbaijan stalled for much of 2024 before a breakthrough in March.",
        "stalled",
        "suspended",
    ),
    (
        "The Iranian and Saudi foreign ministers have held regular phone calls since their countries restored ties.",
        "have held regular phone calls",
        "active",
    ),
    (
        "The UAE downgraded its diplomatic representation in Iran in 2016 and upgraded it again in 2022.",
        "upgraded it again",
        "resumed",
    ),
    (
        "The African Union lifted Mali's suspension in 2024.",
        "lifted Mali's suspension",
        "resumed",
    ),
    (
        "Nicaragua broke ties with the Vatican in 2023 and expelled its envoy.",
        "broke ties with the Vatican",
        "severed",
    ),
    (
        "Colombia's president said he would not travel to the summit, citing the U.S. strikes.",
        "would not travel to the summit",
        "refused",
    ),
    (
        "Cuba and the United States held talks in Washington on migration, the first such meeting under the Trump administration.",
        "held talks",
        "active",
    ),
    (
        "Ethiopia and Egypt haven't held talks on the dam since negotiations collapsed in December.",
        "haven't held talks",
        "suspended",
    ),
    (
        "Sudan's army-backed government cut ties with the UAE in May, accusing it of arming the RSF.",
        "cut ties",
        "severed",
    ),
    (
        "Talks between the Malian junta and Algeria, once a key mediator, have broken down completely.",
        "have broken down completely",
        "severed",
    ),
    (
        "The Burkinabe junta said it was open to dialogue with Ivory Coast, despite tensions at the border.",
        "open to dialogue",
        "proposed",
    ),
]

# S28, written after the changes for S27 and scored once (the app's own subject told as
# the wires and the Pentagon tell it: the cut of August 2022, the requests rebuffed, the
# Woodside summit, the MMCA talks, the theater-level call, Hegseth and Dong; with
# Japan–China, the Koreas, India–China, India–Pakistan, Russia–Ukraine, Saudi Arabia–Iran,
# Gaza mediation, Thailand–Cambodia, Eritrea, Guatemala and Honduras–Taiwan): 36/40 (90.0 %;
# 37/40 with severed and suspended as one). Misses: "military ties to return to normal"
# (suspended: no cue, the clause's "stop arms sales" taken), "turned aside U.S. entreaties"
# (proposed: no cue), "withdrew from a planned meeting" (severed, not suspended: the planned
# occasion after "from" not read), "switched diplomatic recognition from Taipei" (no cue).
STATUS_S28: list[StatusCase] = [
    (
        "The Biden administration has been pushing for months to restore military-to-military communications, which China cut off in August 2022 in response to then-House Speaker Nancy Pelosi's visit to Taiwan.",
        "cut off",
        "severed",
    ),
    (
        "The Biden administration has been pushing for months to restore military-to-military communications, which China cut off in August 2022 in response to then-House Speaker Nancy Pelosi's visit to Taiwan.",
        "pushing for months to restore",
        "proposed",
    ),
    (
        "China has rebuffed nearly a dozen requests for talks between senior military leaders since 2021.",
        "rebuffed",
        "refused",
    ),
    (
        "Asked whether the hotline had been used during the balloon incident, the spokesman said the U.S. had requested a call but China declined.",
        "declined",
        "refused",
    ),
    (
        "Asked whether the hotline had been used during the balloon incident, the spokesman said the U.S. had requested a call but China declined.",
        "requested a call",
        "proposed",
    ),
    (
        "Xi and Biden are expected to announce the resumption of military-to-military talks at their summit on Wednesday.",
        "the resumption of military-to-military talks",
        "proposed",
    ),
    (
        "After the summit, Biden told reporters that the two sides were 'resuming direct, open, clear communications.'",
        "resuming direct, open, clear communications",
        "resumed",
    ),
    (
        "The Pentagon said Chinese defense officials had agreed to hold the talks after months of U.S. requests.",
        "agreed to hold the talks",
        "proposed",
    ),
    (
        "Hegseth and Dong met on the sidelines of the ASEAN defense ministers' meeting, their first in-person talks.",
        "met",
        "active",
    ),
    (
        "China has not allowed U.S. Navy ships to make port calls in Hong Kong since 2019.",
        "has not allowed",
        "refused",
    ),
    (
        "U.S. Indo-Pacific Command chief Adm. Samuel Paparo held a video call with Southern Theater Command's Gen. Wu Yanan, the first such talks at that level.",
        "held a video call",
        "active",
    ),
    (
        "Military Maritime Consultative Agreement talks took place in Qingdao on April 2-3, the first time they had been held in China since 2019.",
        "took place",
        "resumed",
    ),
    (
        "Beijing said the United States must stop arms sales to Taiwan if it wants military ties to return to normal.",
        "return to normal",
        "proposed",
    ),
    (
        "The U.S. ambassador to China, Nicholas Burns, said Chinese officials had cancelled or postponed dozens of planned exchanges.",
        "cancelled or postponed",
        "suspended",
    ),
    (
        "Beijing has effectively frozen high-level defense contacts since Hegseth's Shangri-La speech, according to a U.S. official.",
        "has effectively frozen",
        "suspended",
    ),
    (
        "Trump says he will visit China in April, and Xi will make a reciprocal visit later in the year.",
        "will make a reciprocal visit",
        "proposed",
    ),
    (
        "The two sides 'reached consensus' on restarting the trade talks, Chinese state media said.",
        "restarting the trade talks",
        "proposed",
    ),
    (
        "U.S. Trade Representative Jamieson Greer said the talks with Chinese negotiators had been productive and would continue in Stockholm.",
        "would continue in Stockholm",
        "active",
    ),
    (
        "China has repeatedly turned aside U.S. entreaties to discuss its nuclear buildup.",
        "turned aside",
        "refused",
    ),
    (
        "The first round of Sino-US talks on AI ended without a joint statement.",
        "ended without a joint statement",
        "active",
    ),
    (
        "Beijing withdrew from a planned meeting of the two countries' counter-narcotics working group in protest.",
        "withdrew from a planned meeting",
        "suspended",
    ),
    (
        "The Chinese Embassy in Washington did not comment on whether Dong would accept Hegseth's invitation.",
        "would accept Hegseth's invitation",
        "proposed",
    ),
    (
        "The two defense chiefs have not met in person since Hegseth took office.",
        "have not met in person",
        "suspended",
    ),
    (
        "Japanese Prime Minister Takaichi and Xi held their first meeting on the sidelines of APEC.",
        "held their first meeting",
        "active",
    ),
    (
        "China cancelled a planned meeting between its premier and Takaichi at the G20.",
        "cancelled a planned meeting",
        "suspended",
    ),
    (
        "China has told Japan it will not hold a leaders' meeting until Takaichi retracts her remarks.",
        "will not hold a leaders' meeting",
        "refused",
    ),
    (
        "The trilateral summit, which Japan was set to host in January, has been shelved.",
        "has been shelved",
        "suspended",
    ),
    (
        "South Korean and Chinese leaders agreed to revive the 2+2 dialogue and to meet more frequently.",
        "to meet more frequently",
        "proposed",
    ),
    (
        "North Korea's Kim Yo Jong said Pyongyang had 'no interest' in any proposal from Seoul.",
        "had 'no interest'",
        "refused",
    ),
    (
        "The inter-Korean liaison line, silent since April 2023, did not ring on Monday either.",
        "did not ring",
        "suspended",
    ),
    (
        "India and China held the 23rd round of Special Representatives talks in Beijing, their first in five years.",
        "held the 23rd round",
        "resumed",
    ),
    (
        "Pakistan offered talks on all outstanding issues, but India has insisted that talks and terror cannot go together.",
        "offered talks",
        "proposed",
    ),
    (
        "Ukraine and Russia have not met at the negotiating table since July.",
        "have not met at the negotiating table",
        "suspended",
    ),
    (
        "Moscow has rebuffed Kyiv's proposal for a leaders' meeting, saying the ground was not ready.",
        "rebuffed",
        "refused",
    ),
    (
        "The Saudi and Iranian embassies reopened in 2023 after a seven-year break.",
        "reopened",
        "resumed",
    ),
    (
        "Washington halted its mediation between Israel and Hamas after the Doha strike, a U.S. official said.",
        "halted its mediation",
        "suspended",
    ),
    (
        "The Thai and Cambodian defence ministers met in Kuala Lumpur and agreed to a ceasefire monitoring mechanism.",
        "met in Kuala Lumpur",
        "active",
    ),
    (
        "Eritrea has withdrawn from the regional bloc IGAD.",
        "has withdrawn",
        "severed",
    ),
    (
        "Guatemala's president said his government would maintain relations with Taiwan despite pressure from Beijing.",
        "would maintain relations",
        "active",
    ),
    (
        "Honduras switched diplomatic recognition from Taipei to Beijing in 2023.",
        "switched diplomatic recognition from Taipei",
        "severed",
    ),
]

# S29, written after the changes for S28 and scored once (accounts that contradict each
# other, denials, "whether", relative clauses with a status of their own, "turned back",
# "barred"; US–China, the Koreas, the South China Sea, India–Pakistan, Russia–Ukraine,
# Russia–US, Gaza mediation, Iran–IAEA, Venezuela and its neighbours, Argentina–China,
# Mexico–Spain, Nigeria–Niger, ECOWAS, Congo–Rwanda, Egypt–Ethiopia, Japan–Korea,
# China–Japan, Taiwan): 35/40 (87.5 %; 36/40 with severed and suspended as one). Misses:
# "Whether the dialogue resumes depends on …" (resumed: a resumption under "whether" read as
# a fact), "expelled Pakistani defence attaches" (suspended: attachés not read as envoys),
# "was turned back" and "has barred Egyptian officials" (no cue), "agreed to normalize
# exchanges that had been suspended" (suspended: "normalize" not a cue, and the relative
# clause's passive read as the exchanges' status).
STATUS_S29: list[StatusCase] = [
    (
        "The Pentagon accused China of refusing to answer calls from U.S. commanders during the standoff.",
        "refusing to answer calls",
        "refused",
    ),
    (
        "China's defense ministry denied that it had cut off communication with the U.S. military, saying channels 'remain unobstructed'.",
        "cut off communication",
        "active",
    ),
    (
        "China's defense ministry denied that it had cut off communication with the U.S. military, saying channels 'remain unobstructed'.",
        "remain unobstructed",
        "active",
    ),
    (
        "Beijing insisted the hotline was working normally.",
        "was working normally",
        "active",
    ),
    (
        "Officials in Washington disputed that account, saying their calls had gone unanswered for weeks.",
        "had gone unanswered",
        "refused",
    ),
    (
        "Whether the dialogue resumes depends on Washington's actions, a Chinese spokesperson said.",
        "resumes",
        "proposed",
    ),
    (
        "The envoy, whose visit to Pyongyang was called off in 2019, said he still hoped to meet Kim.",
        "was called off",
        "suspended",
    ),
    (
        "The envoy, whose visit to Pyongyang was called off in 2019, said he still hoped to meet Kim.",
        "hoped to meet Kim",
        "proposed",
    ),
    (
        "A U.S. official who asked not to be named said the two sides had maintained a back channel throughout the crisis.",
        "had maintained a back channel",
        "active",
    ),
    (
        "Talks on the South China Sea code of conduct, under way since 2002, have made little progress.",
        "under way since 2002",
        "active",
    ),
    (
        "The consultations, the first since the 2016 arbitration ruling, were described as 'frank'.",
        "The consultations",
        "resumed",
    ),
    (
        "India suspended the Indus Waters Treaty, closed the Attari border post and expelled Pakistani defence attaches.",
        "suspended the Indus Waters Treaty",
        "suspended",
    ),
    (
        "India suspended the Indus Waters Treaty, closed the Attari border post and expelled Pakistani defence attaches.",
        "expelled Pakistani defence attaches",
        "severed",
    ),
    (
        "Pakistan retaliated by shutting its airspace to Indian airlines and suspending all trade, including through third countries.",
        "suspending all trade",
        "suspended",
    ),
    (
        "The DGMOs of the two countries are scheduled to talk again at noon on Monday.",
        "scheduled to talk again",
        "proposed",
    ),
    (
        "Putin and Trump spoke for more than two hours by telephone, their longest conversation yet.",
        "spoke for more than two hours",
        "active",
    ),
    (
        "Kyiv said it had received no response from Moscow to its proposal for a new round of talks.",
        "received no response",
        "refused",
    ),
    (
        "The Kremlin said a Putin-Zelenskiy meeting was possible only once the negotiators had agreed on the terms.",
        "a Putin-Zelenskiy meeting was possible",
        "proposed",
    ),
    (
        "The ceasefire talks were derailed last month when Israel struck a Hamas delegation in Doha.",
        "were derailed",
        "suspended",
    ),
    (
        "Egypt, Qatar and the United States have been mediating between Israel and Hamas for nearly two years.",
        "have been mediating",
        "active",
    ),
    (
        "The head of the IAEA met Iran's foreign minister in Cairo, where the two signed an agreement to resume inspections.",
        "met Iran's foreign minister",
        "active",
    ),
    (
        "The head of the IAEA met Iran's foreign minister in Cairo, where the two signed an agreement to resume inspections.",
        "an agreement to resume inspections",
        "proposed",
    ),
    (
        "Iran said the agreement was 'no longer relevant' after the snapback, effectively ending cooperation with the agency.",
        "effectively ending cooperation",
        "severed",
    ),
    (
        "The US and Venezuela held secret talks in Qatar last year, according to people familiar with the matter.",
        "held secret talks",
        "active",
    ),
    (
        "Maduro has said he is willing to talk to Trump 'face to face' but has received no reply.",
        "willing to talk to Trump",
        "proposed",
    ),
    (
        "Maduro has said he is willing to talk to Trump 'face to face' but has received no reply.",
        "has received no reply",
        "refused",
    ),
    (
        "Brazil's foreign minister said Brasilia would not recognise the results and that relations with Caracas were 'frozen'.",
        "were 'frozen'",
        "suspended",
    ),
    (
        "Argentina's Milei and China's Xi held a bilateral meeting at the G20 in Rio, easing tensions after his campaign rhetoric.",
        "held a bilateral meeting",
        "active",
    ),
    (
        "Mexico paused relations with the Spanish monarchy after King Felipe failed to answer a letter from Lopez Obrador.",
        "paused relations",
        "suspended",
    ),
    (
        "Mexico paused relations with the Spanish monarchy after King Felipe failed to answer a letter from Lopez Obrador.",
        "failed to answer a letter",
        "refused",
    ),
    (
        "Nigeria and Niger agreed to reopen their border, which had been closed since the 2023 coup.",
        "agreed to reopen their border",
        "proposed",
    ),
    (
        "The ECOWAS delegation was turned back at Niamey airport.",
        "was turned back",
        "refused",
    ),
    (
        "Kinshasa and Kigali's foreign ministers initialled the deal in Washington after weeks of talks facilitated by the State Department.",
        "after weeks of talks",
        "active",
    ),
    (
        "Ethiopia has barred Egyptian officials from visiting the dam site.",
        "has barred Egyptian officials",
        "refused",
    ),
    (
        "Tokyo and Seoul's defense chiefs agreed to normalize exchanges that had been suspended since a 2018 radar incident.",
        "agreed to normalize exchanges",
        "proposed",
    ),
    (
        "Tokyo and Seoul's defense chiefs agreed to normalize exchanges that had been suspended since a 2018 radar incident.",
        "had been suspended",
        "suspended",
    ),
    (
        "The Chinese ambassador to Japan was summoned twice in a week.",
        "was summoned twice",
        "active",
    ),
    (
        "Beijing has declined to confirm whether Premier Li will attend the summit in Tokyo.",
        "will attend the summit",
        "proposed",
    ),
    (
        "Taiwan and China haven’t held official talks since 2016, when Tsai Ing-wen took office.",
        "haven’t held official talks",
        "suspended",
    ),
    (
        "Seoul has offered to resume the Red Cross talks, but Pyongyang has yet to respond.",
        "has yet to respond",
        "refused",
    ),
]

# S30, written after the changes for S29 and scored once (longer sentences of wire copy with
# two statuses in them: consulates closed in turn, a line restored "only to cut it again",
# "became the first … to visit", "had not been held since 2019 until …", "'remains open' to
# dialogue", "chosen not to engage"; US–China, the Koreas, India–Pakistan, Russia–Moldova,
# Azerbaijan, Russia–Ukraine, Russia–US, Iran–Europe, Gaza, Ethiopia–Eritrea, Sudan,
# Venezuela–Colombia, Chile, Canada–India, the Philippines, Japan–China–Korea, Taiwan):
# 29/40 (72.5 %; 30/40 with severed and suspended as one). Misses: "shutting the U.S.
# consulate" and "ordered China to close its consulate" (active: "U.S." not read inside the
# phrase, and an order to close read as a threat), "the climate envoys' meeting … produced a
# joint statement, the first in years" (resumed: the "first" was the statement's),
# "decided not to renew the … Agreement" (suspended, not severed), "while the two sides
# negotiated" (proposed: the subject "The agreement" read as a plan), "had 'chosen not to
# engage'" (suspended: a choice not to engage is a refusal), "'remains open' to dialogue"
# (active: open to dialogue is a willingness), "only to cut it again" (resumed: no cue in
# "cut it"), "became the first Indian foreign minister to visit Pakistan in nearly a decade"
# (proposed: the infinitive of "the first … to" read as a plan), "expelled six Indian
# diplomats" (no cue), "had not been held since 2019 until leaders met" (active: the gap
# closed by "until" not read).
STATUS_S30: list[StatusCase] = [
    (
        "The United States ordered China to close its consulate in Houston in 2020, and Beijing responded by shutting the U.S. consulate in Chengdu.",
        "shutting the U.S. consulate in Chengdu",
        "severed",
    ),
    (
        "The United States ordered China to close its consulate in Houston in 2020, and Beijing responded by shutting the U.S. consulate in Chengdu.",
        "close its consulate in Houston",
        "severed",
    ),
    (
        "U.S. and Chinese officials met in Geneva for two days of talks that ended with an agreement to slash tariffs for 90 days.",
        "met in Geneva",
        "active",
    ),
    (
        "Bessent said the talks had been 'very productive' and that the two sides would meet again in the coming weeks.",
        "would meet again",
        "proposed",
    ),
    (
        "China has suspended purchases of American farm goods and stopped approving new investments, but the trade talks have continued.",
        "the trade talks have continued",
        "active",
    ),
    (
        "The climate envoys' meeting in Sunnylands produced a joint statement, the first in years.",
        "meeting in Sunnylands",
        "active",
    ),
    (
        "China's Xie Zhenhua said he had kept in regular contact with Kerry even while formal talks were suspended.",
        "kept in regular contact",
        "active",
    ),
    (
        "China's Xie Zhenhua said he had kept in regular contact with Kerry even while formal talks were suspended.",
        "were suspended",
        "suspended",
    ),
    (
        "The administration has decided not to renew the Science and Technology Agreement, which expired in August.",
        "decided not to renew",
        "severed",
    ),
    (
        "The agreement was later extended for six months while the two sides negotiated.",
        "negotiated",
        "active",
    ),
    (
        "A State Department spokesman said Washington 'remains open' to dialogue with Pyongyang but that North Korea had 'chosen not to engage'.",
        "chosen not to engage",
        "refused",
    ),
    (
        "A State Department spokesman said Washington 'remains open' to dialogue with Pyongyang but that North Korea had 'chosen not to engage'.",
        "remains open",
        "proposed",
    ),
    (
        "Kim Jong Un's sister dismissed the offer as 'wishful thinking'.",
        "dismissed the offer",
        "refused",
    ),
    (
        "The two Koreas have not held government-level talks since 2018, the longest gap since the 1990s.",
        "have not held government-level talks",
        "suspended",
    ),
    (
        "Pyongyang restored the hotline in early October, only to cut it again in April 2023.",
        "restored the hotline",
        "resumed",
    ),
    (
        "Pyongyang restored the hotline in early October, only to cut it again in April 2023.",
        "cut it again",
        "severed",
    ),
    (
        "India and Pakistan's foreign ministers were in the same room at the SCO meeting but did not hold bilateral talks.",
        "did not hold bilateral talks",
        "suspended",
    ),
    (
        "Jaishankar became the first Indian foreign minister to visit Pakistan in nearly a decade when he attended the SCO summit in Islamabad.",
        "to visit Pakistan",
        "resumed",
    ),
    (
        "Moscow recalled its ambassador from Chisinau after Moldova expelled Russian diplomats.",
        "recalled its ambassador",
        "severed",
    ),
    (
        "Azerbaijan summoned the Russian ambassador and canceled all cultural events with Russia.",
        "canceled all cultural events",
        "suspended",
    ),
    (
        "Kyiv and Moscow held a third round of talks in Istanbul, agreeing to another prisoner swap but little else.",
        "held a third round of talks",
        "active",
    ),
    (
        "Trump abruptly called off a planned summit with Putin in Budapest, saying he did not want a 'wasted meeting'.",
        "called off a planned summit",
        "suspended",
    ),
    (
        "Iranian and European diplomats met in Istanbul for the first talks since the June war.",
        "met in Istanbul",
        "resumed",
    ),
    (
        "Iran says it is ready to negotiate with the US 'on an equal footing' but will not hold direct talks.",
        "will not hold direct talks",
        "refused",
    ),
    (
        "Iran says it is ready to negotiate with the US 'on an equal footing' but will not hold direct talks.",
        "ready to negotiate",
        "proposed",
    ),
    (
        "Hamas handed over its response to the latest proposal, and mediators said talks would resume in Cairo on Sunday.",
        "talks would resume",
        "proposed",
    ),
    (
        "Ethiopia's prime minister and Eritrea's president have not spoken since 2023, officials in both capitals said.",
        "have not spoken",
        "suspended",
    ),
    (
        "Sudan's army chief accepted an invitation to Washington for talks with the RSF, but later pulled out.",
        "accepted an invitation",
        "proposed",
    ),
    (
        "Venezuela's Maduro and Colombia's Petro met in Caracas for the first time since Petro took office.",
        "met in Caracas",
        "resumed",
    ),
    (
        "The Colombian and Venezuelan governments restored diplomatic relations in August 2022 after a three-year break.",
        "restored diplomatic relations",
        "resumed",
    ),
    (
        "Chile's president said he would not invite Maduro to the summit.",
        "would not invite Maduro",
        "refused",
    ),
    (
        "Canada and India agreed to restore their high commissioners after a two-year diplomatic freeze.",
        "agreed to restore their high commissioners",
        "proposed",
    ),
    (
        "Ottawa expelled six Indian diplomats, including the high commissioner, in October 2024.",
        "expelled six Indian diplomats",
        "severed",
    ),
    (
        "Relations between New Delhi and Ottawa, which hit a low after the killing of a Sikh activist, have since thawed.",
        "have since thawed",
        "resumed",
    ),
    (
        "The Philippines and China held the 23rd Bilateral Consultation Mechanism meeting in Xiamen.",
        "held the 23rd Bilateral Consultation Mechanism meeting",
        "active",
    ),
    (
        "Manila said it would not attend the Beijing-hosted forum.",
        "would not attend",
        "refused",
    ),
    (
        "Japan's foreign minister and his Chinese counterpart talked by phone but failed to narrow their differences.",
        "talked by phone",
        "active",
    ),
    (
        "The China-Japan-ROK summit had not been held since 2019 until leaders met in Seoul in May 2024.",
        "leaders met in Seoul",
        "resumed",
    ),
    (
        "Taiwan's president said Taipei was willing to engage in dialogue with Beijing 'on the basis of parity and dignity'.",
        "willing to engage in dialogue",
        "proposed",
    ),
    (
        "Beijing has refused to talk to Lai, whom it calls a 'separatist'.",
        "refused to talk to Lai",
        "refused",
    ),
]

# S31, written after the changes for S30 and scored once, on purpose plain: the short
# statements that make up most of news about channels (met, cut off, agreed to restore,
# suspended, resumed, declined, will meet, has not responded), mostly US–China with the
# usual other pairs; a check of the common case rather than a probe of hard grammar: 40/40
# (100 %).
STATUS_S31: list[StatusCase] = [
    (
        "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday, the first face-to-face talks between the two countries' defense chiefs in 18 months.",
        "met",
        "resumed",
    ),
    (
        "The meeting lasted more than an hour, the Pentagon said.",
        "The meeting",
        "active",
    ),
    (
        "China cut off military communications with the United States after Pelosi's visit.",
        "cut off",
        "severed",
    ),
    (
        "Beijing agreed in November to restore the communications.",
        "agreed in November to restore",
        "proposed",
    ),
    (
        "Since then, the two sides have held a series of calls and meetings at various levels.",
        "have held a series of calls",
        "active",
    ),
    (
        "U.S. and Chinese military commanders held a video call on Tuesday, the Pentagon said.",
        "held a video call",
        "active",
    ),
    (
        "China has been reluctant to engage in arms control talks.",
        "reluctant to engage",
        "refused",
    ),
    (
        "The two sides will hold another round of maritime safety talks later this year.",
        "will hold another round",
        "proposed",
    ),
    (
        "China suspended talks with the United States on climate change in August 2022.",
        "suspended talks",
        "suspended",
    ),
    (
        "The climate talks resumed in 2023 when Kerry visited Beijing.",
        "resumed",
        "resumed",
    ),
    (
        "Beijing declined a U.S. invitation for Dong to meet Hegseth.",
        "declined",
        "refused",
    ),
    (
        "The Chinese side said it would keep communication channels open.",
        "keep communication channels open",
        "active",
    ),
    (
        "The United States and China restarted their counternarcotics working group in January.",
        "restarted",
        "resumed",
    ),
    (
        "Washington has called for the resumption of talks on nuclear risk.",
        "called for the resumption",
        "proposed",
    ),
    (
        "The two leaders spoke by phone for nearly two hours.",
        "spoke by phone",
        "active",
    ),
    (
        "Xi and Biden agreed to resume military-to-military communications.",
        "agreed to resume",
        "proposed",
    ),
    (
        "The Pentagon said China had refused requests for talks 12 times since 2021.",
        "refused requests for talks",
        "refused",
    ),
    (
        "North Korea has not responded to repeated U.S. offers of dialogue.",
        "has not responded",
        "refused",
    ),
    (
        "South Korea and Japan held their first security talks in five years.",
        "held their first security talks",
        "resumed",
    ),
    (
        "India and China agreed to resume direct flights.",
        "agreed to resume direct flights",
        "proposed",
    ),
    (
        "Pakistan suspended all trade with India.",
        "suspended all trade",
        "suspended",
    ),
    (
        "Russia and Ukraine held direct talks in Istanbul for the first time since 2022.",
        "held direct talks",
        "resumed",
    ),
    (
        "The Kremlin rejected a proposal for a 30-day ceasefire.",
        "rejected a proposal",
        "refused",
    ),
    (
        "Iran and the United States held indirect talks in Oman.",
        "held indirect talks",
        "active",
    ),
    (
        "Iran suspended cooperation with the UN nuclear watchdog.",
        "suspended cooperation",
        "suspended",
    ),
    (
        "Saudi Arabia and Iran restored diplomatic ties in 2023.",
        "restored diplomatic ties",
        "resumed",
    ),
    (
        "Israel recalled its negotiating team from Qatar.",
        "recalled its negotiating team",
        "severed",
    ),
    (
        "Mali cut diplomatic ties with Ukraine.",
        "cut diplomatic ties",
        "severed",
    ),
    (
        "Ethiopia and Eritrea reopened their border.",
        "reopened their border",
        "resumed",
    ),
    (
        "Venezuela severed diplomatic relations with Argentina.",
        "severed diplomatic relations",
        "severed",
    ),
    (
        "Colombia suspended peace talks with the ELN.",
        "suspended peace talks",
        "suspended",
    ),
    (
        "The two countries have agreed to hold talks next month.",
        "agreed to hold talks",
        "proposed",
    ),
    (
        "China's foreign minister met the U.S. secretary of state on the sidelines of the ASEAN meeting.",
        "met the U.S. secretary of state",
        "active",
    ),
    (
        "The hotline has not been used since 2022.",
        "has not been used",
        "suspended",
    ),
    (
        "Beijing said it was willing to work with Washington to restore dialogue.",
        "willing to work with Washington to restore dialogue",
        "proposed",
    ),
    (
        "The United States has repeatedly urged China to reopen military communication channels.",
        "urged China to reopen",
        "proposed",
    ),
    (
        "China cancelled a planned visit by the U.S. envoy.",
        "cancelled a planned visit",
        "suspended",
    ),
    (
        "The talks broke down over the issue of Taiwan.",
        "broke down",
        "severed",
    ),
    (
        "U.S. and Chinese trade negotiators will meet in Madrid next week.",
        "will meet in Madrid",
        "proposed",
    ),
    (
        "The two sides maintained close communication throughout the crisis.",
        "maintained close communication",
        "active",
    ),
]

# S32, written after the changes for S30 (with S31) and scored once: news as it comes, neither
# plain on purpose nor a probe (readouts, calls, "unable to reach", "paused … could resume",
# "spoke again", "walked out", "no intention of talking", "snubbed"; US–China, Japan–China,
# the Koreas, India–China, India–Pakistan, Russia–US, Russia–Ukraine, Iran, Gaza mediation,
# Egypt–Turkey, Algeria–Spain, Morocco–Israel, Congo–Rwanda, Sudan, Ethiopia–Somalia,
# Venezuela, Brazil–US, Argentina, Mexico, Cuba–US, Nicaragua–Vatican): 40/40 (100 %).
STATUS_S32: list[StatusCase] = [
    (
        "Chinese and U.S. officials held 'candid, in-depth and constructive' economic and trade talks in Kuala Lumpur over the weekend, Xinhua said.",
        "held",
        "active",
    ),
    (
        "The talks came after Trump threatened to impose an additional 100 percent tariff on Chinese goods.",
        "The talks",
        "active",
    ),
    (
        "The Pentagon said it had been unable to reach Chinese military officials on the hotline during the incident.",
        "unable to reach",
        "refused",
    ),
    (
        "Hegseth said he had a 'very good' call with Dong and that the two agreed to set up military-to-military channels to deconflict.",
        "agreed to set up military-to-military channels",
        "proposed",
    ),
    (
        "Hegseth said he had a 'very good' call with Dong and that the two agreed to set up military-to-military channels to deconflict.",
        "had a 'very good' call",
        "active",
    ),
    (
        "A U.S. official said the theater commanders' talks, paused after the Philippine collision, could resume within weeks.",
        "paused",
        "suspended",
    ),
    (
        "A U.S. official said the theater commanders' talks, paused after the Philippine collision, could resume within weeks.",
        "could resume within weeks",
        "proposed",
    ),
    (
        "Beijing has so far ignored U.S. requests to set up a crisis communication mechanism for space.",
        "ignored",
        "refused",
    ),
    (
        "China’s defense ministry said the two militaries held talks on maritime safety in Hawaii from Nov. 18 to 20.",
        "held talks on maritime safety",
        "active",
    ),
    (
        "U.S. Secretary of State Marco Rubio and Wang Yi met for the first time in person in Kuala Lumpur, calling their talks 'constructive'.",
        "met for the first time in person",
        "active",
    ),
    (
        "Japan lodged a protest with China after a Chinese fighter jet locked its radar on a Japanese aircraft.",
        "lodged a protest",
        "active",
    ),
    (
        "Beijing has refused Tokyo's requests for a meeting between the two leaders at the G20.",
        "refused Tokyo's requests",
        "refused",
    ),
    (
        "China halted imports of Japanese seafood and suspended some cultural exchanges.",
        "suspended some cultural exchanges",
        "suspended",
    ),
    (
        "The Japanese and Chinese foreign ministries held director-general-level consultations in Beijing, but no breakthrough was reached.",
        "held director-general-level consultations",
        "active",
    ),
    (
        "South Korean President Lee and Xi held their first summit on the sidelines of APEC in Gyeongju.",
        "held their first summit",
        "active",
    ),
    (
        "North Korea did not answer the South's calls through the liaison channel, which it has ignored since April 2023.",
        "did not answer",
        "refused",
    ),
    (
        "Pyongyang has said it has no intention of talking with Seoul.",
        "no intention of talking",
        "refused",
    ),
    (
        "Trump said he would 'love' to meet Kim Jong Un this year.",
        "would 'love' to meet",
        "proposed",
    ),
    (
        "India's national security adviser travelled to Beijing for talks with Wang Yi on the border.",
        "travelled to Beijing for talks",
        "active",
    ),
    (
        "Indian and Pakistani military officials spoke again on Monday to discuss the ceasefire.",
        "spoke again",
        "resumed",
    ),
    (
        "Pakistan said it was ready for 'meaningful dialogue' with India.",
        "ready for 'meaningful dialogue'",
        "proposed",
    ),
    (
        "India has said it will talk to Pakistan only about terrorism and Kashmir.",
        "will talk to Pakistan only about terrorism",
        "proposed",
    ),
    (
        "U.S. and Russian officials met in Istanbul to discuss the operations of their embassies.",
        "met in Istanbul",
        "active",
    ),
    (
        "Ukraine's negotiators walked out of the meeting after the Russian side read out its demands.",
        "walked out of the meeting",
        "severed",
    ),
    (
        "Iran's foreign minister held a phone call with the EU's foreign policy chief, the ministry said.",
        "held a phone call",
        "active",
    ),
    (
        "Tehran ended its cooperation with the IAEA inspectors and barred them from the Fordow site.",
        "ended its cooperation",
        "severed",
    ),
    (
        "Qatar said it had paused its mediation between Israel and Hamas.",
        "paused its mediation",
        "suspended",
    ),
    (
        "Egypt and Turkey held their first high-level strategic cooperation council meeting in Ankara.",
        "held their first high-level strategic cooperation council meeting",
        "active",
    ),
    (
        "Algeria recalled its ambassador from Madrid in 2022 and froze a friendship treaty with Spain.",
        "froze a friendship treaty",
        "suspended",
    ),
    (
        "Morocco and Israel normalized relations in 2020 under the Abraham Accords.",
        "normalized relations",
        "resumed",
    ),
    (
        "The DRC and Rwanda agreed to set up a joint security coordination mechanism, which met for the first time in August.",
        "met for the first time",
        "active",
    ),
    (
        "Sudan's army said it would not take part in the Jeddah talks as long as the RSF occupied civilian homes.",
        "would not take part",
        "refused",
    ),
    (
        "Ethiopia and Somalia's leaders met in Ankara, where they agreed to begin technical talks.",
        "agreed to begin technical talks",
        "proposed",
    ),
    (
        "Venezuela suspended flights to and from Panama and the Dominican Republic after the election dispute.",
        "suspended flights",
        "suspended",
    ),
    (
        "The U.S. and Venezuela have kept a line of communication open despite the naval buildup, Reuters reported.",
        "kept a line of communication open",
        "active",
    ),
    (
        "Brazil's Lula held a 30-minute call with Trump, their first direct conversation since the tariff dispute began.",
        "held a 30-minute call",
        "resumed",
    ),
    (
        "Argentina's Milei snubbed the Mercosur summit, sending his foreign minister instead.",
        "snubbed",
        "refused",
    ),
    (
        "Mexico said it would not send a delegation to the Summit of the Americas.",
        "would not send a delegation",
        "refused",
    ),
    (
        "Cuban and U.S. officials held a round of migration talks in Havana, the first since 2018.",
        "held a round of migration talks",
        "resumed",
    ),
    (
        "Nicaragua expelled the Vatican's envoy and suspended relations with the Holy See.",
        "suspended relations",
        "suspended",
    ),
]

# S33, written after the changes for S30 (with S31 and S32) and scored once (headlines in
# title case, "were due to", "are talking again", "went ahead as planned", "amid a freeze",
# "gone dark", "broke a two-year silence", "agreed in principle", a gerund as a subject, "at
# arm's length", "not in a hurry", a negated noun then a verb; US–China, the Koreas,
# Japan–Korea, India–Canada, India–China, Russia–Ukraine, US–Ukraine, Iran, Saudi
# Arabia–Israel, Israel–Lebanon, the Horn, Niger–US, West Africa, Ecuador–Mexico, Honduras,
# Guyana–Venezuela, the Philippines, Vietnam, Thailand–Cambodia, Taiwan, Australia and New
# Zealand–China): 35/40 (87.5 %). Misses: "broke a two-year silence" (active: the ending of a
# silence not a cue of its own), "Reestablishing military hotlines is a priority" (resumed:
# a gerund that is the subject of a goal read as done), "kept Washington at arm's length"
# (active: no cue), "'not in a hurry' to return to talks" (suspended, where reluctance is a
# refusal), "have no diplomatic relations and communicate through UNIFIL" (suspended: the
# "no" of a noun carried across "and" to the next verb).
STATUS_S33: list[StatusCase] = [
    (
        "China Suspends Military Talks With U.S. Over Pelosi Visit",
        "Suspends Military Talks",
        "suspended",
    ),
    (
        "US, China Agree to Resume Military Talks",
        "Agree to Resume",
        "proposed",
    ),
    (
        "The two ministers were due to hold talks in Jakarta on Friday, but the meeting was postponed.",
        "were due to hold talks",
        "proposed",
    ),
    (
        "The two ministers were due to hold talks in Jakarta on Friday, but the meeting was postponed.",
        "was postponed",
        "suspended",
    ),
    (
        "Defense officials from the two countries are talking again, a senior U.S. official said.",
        "are talking again",
        "resumed",
    ),
    (
        "The visit went ahead as planned despite Beijing's objections.",
        "went ahead as planned",
        "active",
    ),
    (
        "Chinese and American scientists renewed contacts at a conference in Geneva.",
        "renewed contacts",
        "resumed",
    ),
    (
        "Amid a freeze in military ties, diplomats from the two countries met quietly in Vienna.",
        "met quietly",
        "active",
    ),
    (
        "The hotline has gone dark since the collision, according to a U.S. defense official.",
        "has gone dark",
        "suspended",
    ),
    (
        "North Korea broke a two-year silence on Tuesday by sending a message through the Panmunjom channel.",
        "broke a two-year silence",
        "resumed",
    ),
    (
        "The two sides agreed in principle to hold a summit but have not set a date.",
        "agreed in principle to hold a summit",
        "proposed",
    ),
    (
        "Kishida and Yoon were supposed to meet in Tokyo in March, but the trip was put off.",
        "was put off",
        "suspended",
    ),
    (
        "Reestablishing military hotlines is a priority for Washington, the official said.",
        "Reestablishing military hotlines",
        "proposed",
    ),
    (
        "Beijing has kept Washington at arm's length since the spy balloon episode.",
        "kept Washington at arm's length",
        "refused",
    ),
    (
        "Relations between India and Canada hit a new low as both sides expelled diplomats.",
        "expelled diplomats",
        "severed",
    ),
    (
        "Indian and Chinese border commanders have been meeting regularly to manage the disengagement.",
        "have been meeting regularly",
        "active",
    ),
    (
        "The Russian and Ukrainian delegations sat across the table for the first time in three years.",
        "sat across the table",
        "resumed",
    ),
    (
        "Washington reopened its embassy in Kyiv in 2022 after a three-month closure.",
        "reopened its embassy",
        "resumed",
    ),
    (
        "Ukraine has barred its officials from negotiating with Putin.",
        "barred its officials from negotiating",
        "refused",
    ),
    (
        "The Iranian foreign minister said Tehran was 'not in a hurry' to return to talks with Washington.",
        "'not in a hurry' to return to talks",
        "refused",
    ),
    (
        "The E3 and Iran held talks in Geneva on Friday in a last-ditch effort to avoid snapback sanctions.",
        "held talks in Geneva",
        "active",
    ),
    (
        "A planned sixth round of US-Iran talks never took place.",
        "never took place",
        "suspended",
    ),
    (
        "Saudi Arabia has halted normalization talks with Israel, two sources said.",
        "halted normalization talks",
        "suspended",
    ),
    (
        "The Israeli and Lebanese governments have no diplomatic relations and communicate through UNIFIL.",
        "communicate through UNIFIL",
        "active",
    ),
    (
        "The Israeli and Lebanese governments have no diplomatic relations and communicate through UNIFIL.",
        "have no diplomatic relations",
        "suspended",
    ),
    (
        "Kenya has offered to mediate between Ethiopia and Somalia.",
        "offered to mediate",
        "proposed",
    ),
    (
        "Niger's junta ended the military cooperation agreement with the United States and ordered U.S. troops out.",
        "ended the military cooperation agreement",
        "severed",
    ),
    (
        "Burkina Faso and Ivory Coast have resumed talks on the detention of two gendarmes.",
        "have resumed talks",
        "resumed",
    ),
    (
        "Ecuador and Mexico have had no diplomatic ties since the raid on the embassy in April 2024.",
        "have had no diplomatic ties",
        "suspended",
    ),
    (
        "Honduras has threatened to end its extradition treaty with the United States.",
        "threatened to end",
        "active",
    ),
    (
        "Guyana's president declined to meet Maduro without Brazilian mediation.",
        "declined to meet Maduro",
        "refused",
    ),
    (
        "The Philippines has asked China to activate the hotline during incidents, but calls have gone unanswered.",
        "asked China to activate the hotline",
        "proposed",
    ),
    (
        "The Philippines has asked China to activate the hotline during incidents, but calls have gone unanswered.",
        "have gone unanswered",
        "refused",
    ),
    (
        "Vietnam and the Philippines signed an agreement to set up a coast guard hotline.",
        "set up a coast guard hotline",
        "proposed",
    ),
    (
        "The Thai and Cambodian armies' regional border committees met in Chanthaburi on Wednesday.",
        "met in Chanthaburi",
        "active",
    ),
    (
        "Cambodia said it was ready to reopen the border crossings once Thailand lifted its restrictions.",
        "ready to reopen the border crossings",
        "proposed",
    ),
    (
        "Taiwan's opposition KMT chairwoman said she hoped to meet Xi Jinping.",
        "hoped to meet Xi Jinping",
        "proposed",
    ),
    (
        "Chinese and Australian defence officials resumed their annual dialogue in Canberra after a six-year hiatus.",
        "resumed their annual dialogue",
        "resumed",
    ),
    (
        "Canberra said communications with Beijing remained 'open and productive'.",
        "remained 'open and productive'",
        "active",
    ),
    (
        "New Zealand's prime minister held talks with Xi in Beijing, the first visit by a New Zealand leader since 2019.",
        "held talks with Xi",
        "resumed",
    ),
]

# S34, written after the changes for S33 and scored once (limits and cutbacks, "was
# rebuffed", "called off by Beijing", "stonewalled", "no meeting took place", invitations,
# "will not be attending", "remains uncertain", "frozen out", messages and concerns conveyed;
# US–China, Japan–China, the Koreas, the Philippines, Pakistan–Afghanistan, Russia–Ukraine,
# Russia–US, Iran, the EU, Gaza mediation, Sudan, Eritrea, Somalia–Ethiopia, Panama,
# Colombia, Venezuela and its neighbours, Taiwan): 37/40 (92.5 %). Misses: "have been limited
# to working-level exchanges" (proposed: "working" of "working-level" read as a contact after
# an infinitive "to"), "scaled back" (no cue), "will not be attending" (proposed: "attending"
# no cue, so the later "summit" read without the negation).
STATUS_S34: list[StatusCase] = [
    (
        "Contacts between the two militaries have been limited to working-level exchanges since the incident.",
        "have been limited to working-level exchanges",
        "active",
    ),
    (
        "Japan scaled back its defence exchanges with China after the radar lock-on incident.",
        "scaled back",
        "suspended",
    ),
    (
        "Washington sought a meeting with the Chinese defence minister in Singapore but was rebuffed.",
        "was rebuffed",
        "refused",
    ),
    (
        "Washington sought a meeting with the Chinese defence minister in Singapore but was rebuffed.",
        "sought a meeting",
        "proposed",
    ),
    (
        "The negotiations stalled over Russia's demand that Ukraine cede the Donbas.",
        "stalled",
        "suspended",
    ),
    (
        "The talks were called off by Beijing hours before they were due to start.",
        "were called off",
        "suspended",
    ),
    (
        "Kim Jong Un's government has stonewalled every attempt at dialogue since 2019.",
        "has stonewalled",
        "refused",
    ),
    (
        "No meeting took place between the two foreign ministers at the G20.",
        "No meeting took place",
        "suspended",
    ),
    (
        "Tokyo invited Beijing's foreign minister to visit in the spring.",
        "invited",
        "proposed",
    ),
    (
        "The Chinese premier accepted an invitation to visit Australia.",
        "accepted an invitation to visit Australia",
        "proposed",
    ),
    (
        "The Indian prime minister will not be attending the Commonwealth summit, officials said.",
        "will not be attending",
        "refused",
    ),
    (
        "Xi's attendance at the summit remains uncertain.",
        "remains uncertain",
        "suspended",
    ),
    (
        "The United States reopened its consulate in Wuhan after a three-year closure.",
        "reopened its consulate",
        "resumed",
    ),
    (
        "Beijing unilaterally suspended the agreement on maritime consultations.",
        "unilaterally suspended",
        "suspended",
    ),
    (
        "The Pentagon has been frozen out of high-level contacts with the PLA since 2022.",
        "has been frozen out",
        "refused",
    ),
    (
        "China told the United States it would not hold a new round of talks on the military maritime agreement this year.",
        "would not hold a new round",
        "refused",
    ),
    (
        "The two leaders exchanged congratulatory messages on the anniversary of diplomatic ties.",
        "exchanged congratulatory messages",
        "active",
    ),
    (
        "Japan's foreign ministry said it had conveyed its concerns to Beijing through diplomatic channels.",
        "conveyed its concerns to Beijing through diplomatic channels",
        "active",
    ),
    (
        "Manila protested after Chinese coast guard ships fired water cannon, and summoned the Chinese ambassador.",
        "summoned the Chinese ambassador",
        "active",
    ),
    (
        "South Korea's unification ministry said it would seek talks with the North on the repatriation of fishermen.",
        "would seek talks",
        "proposed",
    ),
    (
        "Pyongyang rebuffed the offer within hours, calling it 'a daydream'.",
        "rebuffed the offer",
        "refused",
    ),
    (
        "Pakistan and Afghanistan's Taliban held a second round of talks in Istanbul, which ended without agreement.",
        "held a second round of talks",
        "active",
    ),
    (
        "The talks collapsed after the Taliban refused to give written guarantees.",
        "collapsed",
        "severed",
    ),
    (
        "Ukraine and Russia's negotiators have not met since July, and no new round is planned.",
        "no new round is planned",
        "suspended",
    ),
    (
        "Moscow said it was open to resuming talks on strategic stability with Washington.",
        "open to resuming talks",
        "proposed",
    ),
    (
        "The New START treaty's bilateral consultative commission has not met since 2022.",
        "has not met since 2022",
        "suspended",
    ),
    (
        "Iran's parliament voted to suspend cooperation with the IAEA.",
        "voted to suspend cooperation",
        "suspended",
    ),
    (
        "The EU suspended its human rights dialogue with Iran.",
        "suspended its human rights dialogue",
        "suspended",
    ),
    (
        "Qatar and Egypt brokered indirect talks between Israel and Hamas in Sharm el-Sheikh.",
        "brokered indirect talks",
        "active",
    ),
    (
        "Hamas delegations met Egyptian and Qatari mediators in Cairo on Saturday.",
        "met Egyptian and Qatari mediators",
        "active",
    ),
    (
        "Sudan's army chief and the RSF leader have never met face to face since the war began.",
        "have never met face to face",
        "suspended",
    ),
    (
        "Eritrea has refused to attend IGAD meetings since withdrawing from the bloc.",
        "refused to attend IGAD meetings",
        "refused",
    ),
    (
        "Somalia restored diplomatic ties with Ethiopia and the two countries agreed to reopen embassies.",
        "agreed to reopen embassies",
        "proposed",
    ),
    (
        "Somalia restored diplomatic ties with Ethiopia and the two countries agreed to reopen embassies.",
        "restored diplomatic ties",
        "resumed",
    ),
    (
        "Panama's president refused to discuss the canal's sovereignty with Washington.",
        "refused to discuss",
        "refused",
    ),
    (
        "Colombia's Petro and Trump spoke for the first time in a call described as cordial.",
        "spoke for the first time",
        "active",
    ),
    (
        "Caracas closed its embassies in Argentina, Chile and Peru after the election dispute.",
        "closed its embassies",
        "severed",
    ),
    (
        "Brazil took over the custody of the Argentine embassy in Caracas after the Venezuelan government expelled Argentine diplomats.",
        "expelled Argentine diplomats",
        "severed",
    ),
    (
        "Taiwan said China's coast guard had ignored its radio calls during the standoff near Kinmen.",
        "ignored its radio calls",
        "refused",
    ),
    (
        "The cross-strait service trade talks have been shelved since the Sunflower Movement in 2014.",
        "have been shelved",
        "suspended",
    ),
]

# S35, written after the changes for S34 and scored once (the language of analysis as much
# as of news: "have largely held", "the suspension of dialogue as leverage", "unresponsive",
# "continued throughout the freeze", "the highest-level contact since"; US–China, the
# Koreas, India–China, Russia–US, Russia–Ukraine, Iran–Saudi Arabia, Israel–Turkey,
# Bahrain–Iran, Egypt–Iran, Ethiopia, South Sudan, Kenya–Tanzania, Uganda, Angola's
# mediation, Venezuela–Colombia, US–Cuba, Bolivia–Israel, Vietnam–China, Myanmar,
# Thailand–Cambodia, Taiwan, Lithuania–China): 35/40 (87.5 %). Misses: "The channels
# restored after Woodside have largely held" (resumed: the participle describing the
# channels carried to the verb), "has been unresponsive to U.S. calls" (active: no cue),
# "continued throughout the freeze" (suspended: the background freeze taken over the verb),
# "the highest-level contact between the two since 2016" (active: only "first … since" read),
# "mediation … ended in March" (active: a plain "ended" of a process not read).
STATUS_S35: list[StatusCase] = [
    (
        "The channels restored after Woodside have largely held, despite new frictions over Taiwan.",
        "have largely held",
        "active",
    ),
    (
        "Xi agreed to resume the talks only after months of U.S. lobbying.",
        "agreed to resume the talks",
        "proposed",
    ),
    (
        "China has used the suspension of dialogue as leverage.",
        "the suspension of dialogue",
        "suspended",
    ),
    (
        "Since the restoration of military ties, the two sides have held more than a dozen meetings.",
        "have held more than a dozen meetings",
        "active",
    ),
    (
        "The United States and China have not had a functioning crisis communication mechanism since 2022, experts say.",
        "have not had a functioning crisis communication mechanism",
        "suspended",
    ),
    (
        "Beijing declined to send its defense minister to the forum for the second year in a row.",
        "declined to send its defense minister",
        "refused",
    ),
    (
        "The Chinese military has been unresponsive to U.S. calls during close encounters at sea.",
        "has been unresponsive",
        "refused",
    ),
    (
        "Track 1.5 dialogues between American and Chinese experts continued throughout the freeze.",
        "continued throughout the freeze",
        "active",
    ),
    (
        "Beijing reinstated the defense policy coordination talks in January 2024.",
        "reinstated",
        "resumed",
    ),
    (
        "The United States proposed a crisis hotline in 2021, but China never responded.",
        "never responded",
        "refused",
    ),
    (
        "The United States proposed a crisis hotline in 2021, but China never responded.",
        "proposed a crisis hotline",
        "proposed",
    ),
    (
        "North Korea's foreign ministry has refused to take calls from the U.S. State Department, according to U.S. officials.",
        "refused to take calls",
        "refused",
    ),
    (
        "Seoul hopes to resume the family reunions, which were last held in 2018.",
        "hopes to resume the family reunions",
        "proposed",
    ),
    (
        "Indian and Chinese troops disengaged at Depsang after talks between corps commanders.",
        "after talks between corps commanders",
        "active",
    ),
    (
        "Relations between Delhi and Beijing have improved, with direct flights restored and pilgrimages resumed.",
        "direct flights restored",
        "resumed",
    ),
    (
        "Russia and the United States have stopped exchanging data under New START.",
        "have stopped exchanging data",
        "suspended",
    ),
    (
        "Moscow suspended its participation in New START in February 2023.",
        "suspended its participation",
        "suspended",
    ),
    (
        "Kyiv has ruled out talks with Moscow while Russian troops occupy Ukrainian territory.",
        "ruled out talks",
        "refused",
    ),
    (
        "Turkey has hosted three rounds of direct talks between Russia and Ukraine this year.",
        "has hosted three rounds of direct talks",
        "active",
    ),
    (
        "Iran and Saudi Arabia, which broke off relations in 2016, reopened embassies in 2023.",
        "broke off relations",
        "severed",
    ),
    (
        "Iran and Saudi Arabia, which broke off relations in 2016, reopened embassies in 2023.",
        "reopened embassies",
        "resumed",
    ),
    (
        "Israel and Turkey's intelligence chiefs have kept a channel open despite the diplomatic crisis.",
        "kept a channel open",
        "active",
    ),
    (
        "Turkey cut all trade with Israel in May 2024.",
        "cut all trade",
        "severed",
    ),
    (
        "Bahrain's king met Iran's foreign minister, the highest-level contact between the two since 2016.",
        "met Iran's foreign minister",
        "resumed",
    ),
    (
        "Egypt and Iran have agreed to upgrade relations to ambassador level.",
        "agreed to upgrade relations",
        "proposed",
    ),
    (
        "The African Union's mediation between Ethiopia and Tigray resumed in Pretoria.",
        "resumed",
        "resumed",
    ),
    (
        "South Sudan's government has pulled out of the Tumaini peace talks in Nairobi.",
        "pulled out of the Tumaini peace talks",
        "severed",
    ),
    (
        "Kenya and Tanzania have been trading barbs but have not cut ties.",
        "have not cut ties",
        "active",
    ),
    (
        "Uganda's president said he would not attend the EAC summit on Congo.",
        "would not attend",
        "refused",
    ),
    (
        "Angola's mediation between Congo and Rwanda ended in March when Luanda stepped aside.",
        "ended in March",
        "severed",
    ),
    (
        "Venezuela and Colombia have reopened their land border to trade.",
        "have reopened",
        "resumed",
    ),
    (
        "The U.S. and Cuba have kept their embassies open despite the tightening of sanctions.",
        "kept their embassies open",
        "active",
    ),
    (
        "Bolivia restored diplomatic relations with Israel in 2019 and broke them off again in 2023.",
        "broke them off again",
        "severed",
    ),
    (
        "Bolivia restored diplomatic relations with Israel in 2019 and broke them off again in 2023.",
        "restored diplomatic relations",
        "resumed",
    ),
    (
        "Hanoi and Beijing held the 17th meeting of their bilateral cooperation steering committee.",
        "held the 17th meeting",
        "active",
    ),
    (
        "Myanmar's junta and the Arakan Army held talks in Kunming under Chinese mediation.",
        "held talks in Kunming",
        "active",
    ),
    (
        "Cambodia and Thailand's leaders have not spoken since the leaked phone call.",
        "have not spoken",
        "suspended",
    ),
    (
        "Taiwan's envoy was barred from attending the ASEAN meeting.",
        "was barred from attending",
        "refused",
    ),
    (
        "China has frozen exchanges with Lithuania's parliament.",
        "has frozen exchanges",
        "suspended",
    ),
    (
        "Lithuania allowed Taiwan to open a representative office in Vilnius, prompting China to recall its ambassador.",
        "recall its ambassador",
        "severed",
    ),
]

# S36, written after the changes for S35 and scored once (names holding cue words: the
# Shangri-La and Raisina Dialogues, the Munich Security Conference, the Six-Party Talks;
# headlines with an agency's name and a colon; quoted words inside the selection; US–China,
# the Koreas, Japan–China, India–Pakistan, Russia–US, Russia–Ukraine, Iran–US, Saudi
# Arabia–Syria, the Arab League, Jordan–Syria, Egypt–Turkey, Morocco–Algeria, the Great
# Lakes, Nigeria, Colombia, Ecuador, Chile–Venezuela, US–Mexico, Paraguay, Australia,
# the Philippines, Taiwan): 36/40 (90.0 %). Misses: "would 'no longer' deal with" (suspended:
# "deal with" no cue, the later "dialogue partner" read), "agreed to 'maintain communication'"
# (proposed: the quotation mark kept "agreed" from governing "maintain"), a headline's "agree
# to ceasefire after hotline talks" (proposed: a headline's present tense is a past, and the
# talks came before), "readmitted Syria" (suspended: no cue, the "suspension" read).
STATUS_S36: list[StatusCase] = [
    (
        "Chinese Defense Minister Dong Jun skipped the Shangri-La Dialogue in Singapore, sending a lower-level delegation instead.",
        "skipped",
        "refused",
    ),
    (
        "Hegseth delivered a keynote speech at the Shangri-La Dialogue but did not meet any Chinese officials.",
        "did not meet any Chinese officials",
        "suspended",
    ),
    (
        "Wang Yi and Rubio spoke on the sidelines of the Munich Security Conference.",
        "spoke",
        "active",
    ),
    (
        "Indian and Chinese foreign ministers held talks on the margins of the Raisina Dialogue.",
        "held talks",
        "active",
    ),
    (
        "The Six-Party Talks on North Korea's nuclear program have been dormant since 2009.",
        "have been dormant",
        "suspended",
    ),
    (
        "Yonhap: North, South Korea restore cross-border communication lines",
        "restore cross-border communication lines",
        "resumed",
    ),
    (
        "KCNA said the North would 'no longer' deal with the South as a dialogue partner.",
        "would 'no longer' deal with",
        "refused",
    ),
    (
        "Seoul's new government proposed military talks to prevent border clashes, the first such offer in seven years.",
        "proposed military talks",
        "proposed",
    ),
    (
        "Japanese Foreign Minister Iwaya visited Beijing for talks with Wang Yi, the first visit by a Japanese foreign minister in over a year.",
        "visited Beijing",
        "resumed",
    ),
    (
        "Xinhua said the two sides agreed to 'maintain communication' on the Fukushima water issue.",
        "agreed to 'maintain communication'",
        "active",
    ),
    (
        "Beijing and Tokyo agreed to resume high-level economic dialogue and people-to-people exchanges.",
        "agreed to resume high-level economic dialogue",
        "proposed",
    ),
    (
        "AFP: Pakistan, India trade fire, then agree to ceasefire after hotline talks",
        "hotline talks",
        "active",
    ),
    (
        "India has refused third-party mediation on Kashmir, rejecting Trump's offer.",
        "rejecting Trump's offer",
        "refused",
    ),
    (
        "Pakistan's foreign minister said Islamabad would welcome talks at a neutral venue.",
        "would welcome talks",
        "proposed",
    ),
    (
        "Russian President Vladimir Putin and U.S. President Donald Trump held a summit in Anchorage, Alaska, their first in-person meeting since 2019.",
        "held a summit",
        "resumed",
    ),
    (
        "Ukraine was not invited to the Alaska summit.",
        "was not invited",
        "refused",
    ),
    (
        "The Kremlin said Putin was ready to meet Zelenskiy, but only in Moscow.",
        "ready to meet Zelenskiy",
        "proposed",
    ),
    (
        "Zelenskiy rejected the idea of traveling to Moscow for talks.",
        "rejected the idea of traveling to Moscow for talks",
        "refused",
    ),
    (
        "The Iranian and American delegations did not meet face to face during the Rome talks.",
        "did not meet face to face",
        "suspended",
    ),
    (
        "Iran halted talks with the U.S. after the Israeli strikes, saying Washington had betrayed diplomacy.",
        "halted talks",
        "suspended",
    ),
    (
        "Oman's foreign minister, who mediated the talks, said a new round was being arranged.",
        "a new round was being arranged",
        "proposed",
    ),
    (
        "Saudi Arabia and Syria reopened their embassies for the first time since 2012.",
        "reopened their embassies",
        "resumed",
    ),
    (
        "The Arab League readmitted Syria in May 2023 after a 12-year suspension.",
        "readmitted Syria",
        "resumed",
    ),
    (
        "Jordan's foreign minister met Assad in Damascus in the first such visit since the war began.",
        "met Assad",
        "resumed",
    ),
    (
        "Egypt's Sisi and Turkey's Erdogan shook hands at the World Cup in Qatar, their first meeting since 2013.",
        "shook hands",
        "resumed",
    ),
    (
        "Morocco and Algeria's foreign ministers have not met since relations were severed.",
        "have not met",
        "suspended",
    ),
    (
        "Kenya's Ruto held phone talks with Ethiopia's Abiy on the Somalia crisis.",
        "held phone talks",
        "active",
    ),
    (
        "Rwanda's foreign ministry said Kigali would not take part in the Luanda talks.",
        "would not take part",
        "refused",
    ),
    (
        "The M23 and Kinshasa signed a declaration of principles in Doha after weeks of indirect talks.",
        "after weeks of indirect talks",
        "active",
    ),
    (
        "Nigeria has reopened its land borders with Benin and Niger.",
        "has reopened its land borders",
        "resumed",
    ),
    (
        "Colombia's ELN said it was ready to return to the negotiating table if the government met its conditions.",
        "ready to return to the negotiating table",
        "proposed",
    ),
    (
        "Ecuador's Noboa and Colombia's Petro spoke by phone to defuse the tariff dispute.",
        "spoke by phone",
        "active",
    ),
    (
        "Chile expelled Venezuelan diplomats after the murder of a dissident in Santiago.",
        "expelled Venezuelan diplomats",
        "severed",
    ),
    (
        "The U.S. and Mexico have set up a security working group that meets monthly.",
        "meets monthly",
        "active",
    ),
    (
        "Paraguay suspended relations with Venezuela after Maduro's inauguration.",
        "suspended relations",
        "suspended",
    ),
    (
        "Australian and Chinese trade ministers held their first face-to-face talks in more than three years.",
        "held their first face-to-face talks",
        "resumed",
    ),
    (
        "Canberra said dialogue with Beijing had been 'stabilised'.",
        "had been 'stabilised'",
        "active",
    ),
    (
        "The Philippines and China held talks in Manila on the South China Sea, agreeing to keep communication lines open.",
        "held talks in Manila",
        "active",
    ),
    (
        "Taiwan's Mainland Affairs Council said official cross-strait communication channels have been cut off since 2016.",
        "have been cut off",
        "severed",
    ),
    (
        "Beijing halted the import of Taiwanese pineapples and suspended visits by Chinese tourists.",
        "suspended visits by Chinese tourists",
        "suspended",
    ),
]

# S37, written after the changes for S36 and scored once (wire copy and agency headlines
# with attribution, two channels in a sentence, quotation marks; US–China, the Koreas,
# Japan–China, India–Pakistan, Russia–US, Europe–Ukraine, Iran–IAEA, Israel–Hamas,
# Israel–Lebanon, Syria–Saudi Arabia, Algeria–Spain, the Sahel and ECOWAS, Venezuela–UN,
# Colombia–US, Honduras–US, Guatemala–Belize, Taiwan, the Philippines, Malaysia): 40/40
# (100 %).
STATUS_S37: list[StatusCase] = [
    (
        "A Pentagon spokesperson said the department 'continues to seek' a meeting between Hegseth and his Chinese counterpart but that none had been scheduled.",
        "continues to seek",
        "proposed",
    ),
    (
        "A Pentagon spokesperson said the department 'continues to seek' a meeting between Hegseth and his Chinese counterpart but that none had been scheduled.",
        "none had been scheduled",
        "suspended",
    ),
    (
        "China's navy did not respond to radio calls from the U.S. destroyer, according to the Navy's statement.",
        "did not respond to radio calls",
        "refused",
    ),
    (
        "Senior U.S. and Chinese diplomats meet in Beijing as both sides seek to stabilize ties",
        "meet in Beijing",
        "active",
    ),
    (
        "The meeting was the first between the two since Trump's tariff announcement in April.",
        "The meeting",
        "resumed",
    ),
    (
        "Vice Premier He Lifeng is expected to travel to Washington for the next round of talks, though no date has been set.",
        "expected to travel to Washington",
        "proposed",
    ),
    (
        "The State Department said it had been in touch with Chinese officials about the detained American.",
        "had been in touch",
        "active",
    ),
    (
        "Beijing broke off talks on climate cooperation in 2022 and resumed them a year later.",
        "resumed them a year later",
        "resumed",
    ),
    (
        "Beijing broke off talks on climate cooperation in 2022 and resumed them a year later.",
        "broke off talks on climate cooperation",
        "severed",
    ),
    (
        "The two countries' coast guards have cooperated on fisheries enforcement for two decades.",
        "have cooperated",
        "active",
    ),
    (
        "Pyongyang blew up the inter-Korean liaison office in 2020, ending the last official channel between the two sides.",
        "ending the last official channel",
        "severed",
    ),
    (
        "Seoul has since tried to reestablish contact, so far without success.",
        "tried to reestablish contact",
        "proposed",
    ),
    (
        "South Korea's President Lee said he was open to meeting Kim 'at any time and any place'.",
        "open to meeting Kim",
        "proposed",
    ),
    (
        "Japanese and Chinese leaders met on the sidelines of APEC, agreeing to pursue 'constructive and stable' ties.",
        "met on the sidelines of APEC",
        "active",
    ),
    (
        "Tokyo has asked Beijing to set up a leaders' hotline, but China has not agreed.",
        "has not agreed",
        "refused",
    ),
    (
        "India and Pakistan's national security advisers held secret talks in a third country, according to reports.",
        "held secret talks",
        "active",
    ),
    (
        "Pakistan's prime minister said he had written to Modi proposing talks, but received no reply.",
        "received no reply",
        "refused",
    ),
    (
        "Pakistan's prime minister said he had written to Modi proposing talks, but received no reply.",
        "proposing talks",
        "proposed",
    ),
    (
        "Russia and the U.S. restored direct flights between their capitals for diplomatic staff.",
        "restored direct flights",
        "resumed",
    ),
    (
        "Moscow has not responded to Washington's request to resume New START inspections.",
        "has not responded",
        "refused",
    ),
    (
        "European leaders held a call with Zelenskiy ahead of the Alaska summit.",
        "held a call",
        "active",
    ),
    (
        "Iran and the IAEA agreed on a framework to resume inspections, but the deal collapsed weeks later.",
        "the deal collapsed",
        "severed",
    ),
    (
        "Iran and the IAEA agreed on a framework to resume inspections, but the deal collapsed weeks later.",
        "agreed on a framework to resume inspections",
        "proposed",
    ),
    (
        "Israel and Hamas have never negotiated directly; Qatar and Egypt carry messages between them.",
        "have never negotiated directly",
        "suspended",
    ),
    (
        "Israel and Hamas have never negotiated directly; Qatar and Egypt carry messages between them.",
        "carry messages between them",
        "active",
    ),
    (
        "Lebanon and Israel's military officers met at Naqoura under U.N. auspices.",
        "met at Naqoura",
        "active",
    ),
    (
        "Syria's foreign minister visited Riyadh, the first such visit since the civil war began.",
        "visited Riyadh",
        "resumed",
    ),
    (
        "Algeria suspended a 20-year friendship treaty with Spain over Madrid's shift on Western Sahara.",
        "suspended a 20-year friendship treaty",
        "suspended",
    ),
    (
        "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.",
        "announced their withdrawal",
        "severed",
    ),
    (
        "Ghana's foreign minister held talks with the juntas in Bamako to keep communication channels open.",
        "held talks with the juntas",
        "active",
    ),
    (
        "Venezuela has refused to let the U.N. human rights office return.",
        "refused to let the U.N. human rights office return",
        "refused",
    ),
    (
        "Colombia and the U.S. recalled their ambassadors for consultations amid a row over deportations.",
        "recalled their ambassadors",
        "severed",
    ),
    (
        "Bogota and Washington later agreed to return the ambassadors to their posts.",
        "agreed to return the ambassadors to their posts",
        "proposed",
    ),
    (
        "Honduras ended its extradition treaty with the United States in August 2024.",
        "ended its extradition treaty",
        "severed",
    ),
    (
        "Guatemala and Belize have held talks on their border dispute under OAS auspices for years.",
        "have held talks",
        "active",
    ),
    (
        "Taiwan and Paraguay's presidents met in Asuncion, reaffirming their diplomatic ties.",
        "met in Asuncion",
        "active",
    ),
    (
        "China has refused to talk to Taiwan's government since 2016.",
        "refused to talk",
        "refused",
    ),
    (
        "The KMT's vice chairman met China's Taiwan Affairs Office director in Xiamen.",
        "met",
        "active",
    ),
    (
        "Manila and Beijing have not held their bilateral consultation mechanism talks since July.",
        "have not held",
        "suspended",
    ),
    (
        "Malaysia said it would continue to engage China quietly on the South China Sea.",
        "would continue to engage",
        "active",
    ),
]

# S38, written after the changes for S37 and scored once (the new economic and trade
# mechanism, theater commanders, the pink phone at Panmunjom, Japan–China, India–China,
# India–Pakistan, Russia–US, Russia–Ukraine, Iran and the IAEA, Gaza talks, Lebanon,
# Egypt–Israel, Ethiopia–Somalia, Sudan, Congo–Rwanda, Niger, Venezuela–Colombia,
# Argentina–Brazil, Brazil–US, Mexico, Cuba–US, Australia–China, the Pacific, Taiwan,
# Vietnam–China, Thailand–Cambodia): 39/40 (97.5 %). Miss: "Israel's negotiators returned to
# Doha after a two-week pause" (suspended: the negotiators' return not a cue, so the pause
# was read).
STATUS_S38: list[StatusCase] = [
    (
        "Beijing and Washington have agreed to set up new channels of communication on economic and trade issues, led by He Lifeng and Bessent.",
        "agreed to set up new channels of communication",
        "proposed",
    ),
    (
        "The economic and trade consultation mechanism has met five times since its creation in May.",
        "has met five times",
        "active",
    ),
    (
        "China's commerce ministry said it had 'maintained communication' with the U.S. side through the mechanism.",
        "had 'maintained communication'",
        "active",
    ),
    (
        "Washington has yet to respond to Beijing's proposal for a new round of consultations.",
        "has yet to respond",
        "refused",
    ),
    (
        "The two militaries' theater commanders have never spoken directly, a U.S. official said in 2023.",
        "have never spoken directly",
        "suspended",
    ),
    (
        "Paparo and Wu held the first-ever video call between the Indo-Pacific commander and the Southern Theater chief.",
        "held the first-ever video call",
        "active",
    ),
    (
        "Beijing and Manila restored a communication line between their foreign ministries after months of tension.",
        "restored a communication line",
        "resumed",
    ),
    (
        "Seoul said Pyongyang had dismantled the remaining sections of the joint liaison office.",
        "dismantled",
        "severed",
    ),
    (
        "The North has stopped answering the South's calls on the military hotline since April.",
        "stopped answering",
        "refused",
    ),
    (
        "U.N. Command said the North Korean side had answered a call on the pink phone for the first time in years.",
        "answered a call",
        "resumed",
    ),
    (
        "Kishida and Xi agreed to 'mutually beneficial' relations and to hold high-level dialogue regularly.",
        "to hold high-level dialogue regularly",
        "proposed",
    ),
    (
        "China's premier did not hold bilateral talks with Japan's prime minister at the ASEAN summit.",
        "did not hold bilateral talks",
        "suspended",
    ),
    (
        "India and China's defence ministers met in Qingdao, their first meeting since the border clashes of 2020.",
        "met in Qingdao",
        "resumed",
    ),
    (
        "Pakistan sought U.S. mediation with India, but New Delhi has rejected any third-party role.",
        "has rejected any third-party role",
        "refused",
    ),
    (
        "Moscow and Washington held a new round of talks on embassy operations in Istanbul, which Russia described as 'constructive'.",
        "held a new round of talks",
        "active",
    ),
    (
        "Zelenskiy and Putin have not met since December 2019 in Paris.",
        "have not met",
        "suspended",
    ),
    (
        "Ukraine said the prisoner exchange talks had stalled because Moscow kept changing the lists.",
        "had stalled",
        "suspended",
    ),
    (
        "Tehran said it would resume talks only if Washington guaranteed no further strikes.",
        "would resume talks",
        "proposed",
    ),
    (
        "Iran's foreign minister and the IAEA chief spoke by phone, their first contact since Iran curbed cooperation.",
        "spoke by phone",
        "resumed",
    ),
    (
        "Israel's negotiators returned to Doha after a two-week pause.",
        "returned to Doha",
        "resumed",
    ),
    (
        "The Lebanese government said it would not negotiate directly with Israel.",
        "would not negotiate directly",
        "refused",
    ),
    (
        "Egypt cut off contacts with Israel's security establishment after the Rafah operation, officials said.",
        "cut off contacts",
        "severed",
    ),
    (
        "Ethiopia and Somalia agreed in Ankara to start technical talks by the end of February.",
        "agreed in Ankara to start technical talks",
        "proposed",
    ),
    (
        "Sudan's army-led government rejected an invitation to the London conference.",
        "rejected an invitation",
        "refused",
    ),
    (
        "Congo and Rwanda's foreign ministers met in Washington, where they initialled a peace agreement.",
        "met in Washington",
        "active",
    ),
    (
        "Niger has halted all cooperation with the International Organisation of La Francophonie.",
        "halted all cooperation",
        "suspended",
    ),
    (
        "Caracas said Maduro and Petro had spoken by phone and agreed to keep the border open.",
        "had spoken by phone",
        "active",
    ),
    (
        "Argentina's Milei called off a planned visit to Brasilia after Lula's comments.",
        "called off a planned visit",
        "suspended",
    ),
    (
        "Brazil and the U.S. resumed high-level contacts after a months-long freeze over tariffs.",
        "resumed high-level contacts",
        "resumed",
    ),
    (
        "Mexico refused to send a delegation to the inauguration.",
        "refused to send a delegation",
        "refused",
    ),
    (
        "Cuba and the U.S. have not held migration talks since the Trump administration took office.",
        "have not held migration talks",
        "suspended",
    ),
    (
        "Australia's foreign minister visited Beijing, the first such trip since 2018.",
        "visited Beijing",
        "resumed",
    ),
    (
        "Canberra and Beijing agreed to restart their annual leaders' meeting.",
        "agreed to restart",
        "proposed",
    ),
    (
        "Solomon Islands' prime minister declined to attend the Pacific Islands Forum summit.",
        "declined to attend",
        "refused",
    ),
    (
        "Taiwan's president transited through Honolulu and held calls with U.S. lawmakers.",
        "held calls with U.S. lawmakers",
        "active",
    ),
    (
        "Beijing suspended dialogue with Taiwan's Mainland Affairs Council in 2016.",
        "suspended dialogue",
        "suspended",
    ),
    (
        "Chinese and Vietnamese coast guards held a joint patrol in the Gulf of Tonkin, the first in two years.",
        "held a joint patrol",
        "resumed",
    ),
    (
        "Vietnam's foreign ministry said it had lodged a protest with Beijing over the blockade.",
        "lodged a protest",
        "active",
    ),
    (
        "Thailand and Cambodia agreed to reopen border checkpoints closed during the fighting.",
        "agreed to reopen border checkpoints",
        "proposed",
    ),
    (
        "Thailand and Cambodia agreed to reopen border checkpoints closed during the fighting.",
        "closed during the fighting",
        "suspended",
    ),
]

# S39, written after the changes for S38 and scored once (US–China military channels, the
# Koreas and the US, Japan–Korea, India–Pakistan, Russia–US, Russia–Ukraine, Iran, Gaza,
# Egypt–Turkey, Algeria–France, Ethiopia, South Sudan, Chad–France, Bolivia–US, Venezuela,
# Ecuador–Mexico, Peru–Mexico, the Philippines, Indonesia, Myanmar, Japan–North Korea,
# Japan–China, Korea–China): 36/40 (90.0 %). Misses: "agreed in a phone call to begin
# negotiations" with "in a phone call" selected (proposed: the call where the plan was made
# read as planned), "ordered the negotiating team home" (active: no cue), "expelled 12 French
# embassy staff" (no cue), "did not attend" (suspended, where staying away is a refusal).
STATUS_S39: list[StatusCase] = [
    (
        "Dong told Hegseth in a video call that the two militaries should strengthen communication.",
        "in a video call",
        "active",
    ),
    (
        "The two sides have agreed to hold the MMCA talks annually.",
        "agreed to hold the MMCA talks annually",
        "proposed",
    ),
    (
        "Beijing called off a visit by the U.S. Navy's top officer at the last minute.",
        "called off a visit",
        "suspended",
    ),
    (
        "A scheduled call between the two defense chiefs did not take place after China objected to the agenda.",
        "did not take place",
        "suspended",
    ),
    (
        "Washington has urged Beijing to pick up the phone when incidents occur.",
        "pick up the phone",
        "proposed",
    ),
    (
        "Korean Central News Agency said Kim had rejected Trump's offer of a meeting at the DMZ.",
        "rejected Trump's offer",
        "refused",
    ),
    (
        "Trump and Kim exchanged 'beautiful letters' in 2018 and 2019, but their correspondence later stopped.",
        "their correspondence later stopped",
        "suspended",
    ),
    (
        "Seoul and Tokyo agreed to resume their finance ministers' dialogue after a seven-year hiatus.",
        "agreed to resume",
        "proposed",
    ),
    (
        "Japan and South Korea held their first finance ministers' dialogue in seven years in Seoul.",
        "held their first finance ministers' dialogue in seven years",
        "resumed",
    ),
    (
        "India and Pakistan's Indus commissioners have not met since May 2022.",
        "have not met",
        "suspended",
    ),
    (
        "Islamabad said it had written to New Delhi four times seeking talks under the treaty but got no response.",
        "got no response",
        "refused",
    ),
    (
        "Putin and Trump agreed in a phone call to begin negotiations on ending the war.",
        "agreed in a phone call to begin negotiations",
        "proposed",
    ),
    (
        "Putin and Trump agreed in a phone call to begin negotiations on ending the war.",
        "in a phone call",
        "active",
    ),
    (
        "The Kremlin said it saw no point in a meeting between Putin and Zelenskiy at this stage.",
        "saw no point in a meeting",
        "refused",
    ),
    (
        "Ukraine's intelligence chief has been in contact with Russian counterparts about prisoner swaps.",
        "has been in contact",
        "active",
    ),
    (
        "Iran agreed to let IAEA inspectors return to the bombed sites, an Iranian official said.",
        "agreed to let IAEA inspectors return",
        "proposed",
    ),
    (
        "Negotiations between Iran and the E3 collapsed on the eve of the snapback deadline.",
        "collapsed",
        "severed",
    ),
    (
        "Hamas said it was ready to resume negotiations immediately.",
        "ready to resume negotiations",
        "proposed",
    ),
    (
        "Israel's prime minister ordered the negotiating team home from Doha.",
        "ordered the negotiating team home",
        "severed",
    ),
    (
        "Egypt and Turkey have exchanged ambassadors for the first time in a decade.",
        "have exchanged ambassadors",
        "resumed",
    ),
    (
        "Algeria expelled 12 French embassy staff, and Paris responded in kind.",
        "expelled 12 French embassy staff",
        "severed",
    ),
    (
        "France recalled its ambassador from Algiers for consultations.",
        "recalled its ambassador",
        "severed",
    ),
    (
        "Ethiopia's prime minister has refused to meet the Tigrayan leaders since the Pretoria deal.",
        "refused to meet",
        "refused",
    ),
    (
        "Kenya's president held talks with South Sudan's Kiir to revive the Tumaini initiative.",
        "to revive the Tumaini initiative",
        "proposed",
    ),
    (
        "Kenya's president held talks with South Sudan's Kiir to revive the Tumaini initiative.",
        "held talks with South Sudan's Kiir",
        "active",
    ),
    (
        "Chad's junta has stopped cooperating with the French military.",
        "has stopped cooperating",
        "suspended",
    ),
    (
        "Bolivia's new government restored relations with the United States at ambassador level.",
        "restored relations",
        "resumed",
    ),
    (
        "Venezuela's foreign minister said Caracas would 'never' negotiate under threat.",
        "would 'never' negotiate",
        "refused",
    ),
    (
        "The U.S. special envoy met Maduro in Caracas to discuss deportations.",
        "met Maduro",
        "active",
    ),
    (
        "Ecuador's president said there would be no talks with Mexico until it apologised.",
        "there would be no talks",
        "refused",
    ),
    (
        "Peru restored diplomatic ties with Mexico at the level of charge d'affaires.",
        "restored diplomatic ties",
        "resumed",
    ),
    (
        "China's foreign ministry summoned the Philippine ambassador after the Scarborough incident.",
        "summoned the Philippine ambassador",
        "active",
    ),
    (
        "Manila and Beijing have not held talks on the code of conduct since the spring.",
        "have not held talks",
        "suspended",
    ),
    (
        "Indonesia and China's defence ministers will meet in Jakarta next month.",
        "will meet in Jakarta",
        "proposed",
    ),
    (
        "Myanmar's junta chief held talks with Xi in Kunming, his first visit to China since the coup.",
        "held talks with Xi",
        "resumed",
    ),
    (
        "North Korea and Japan have held secret contacts in Mongolia, according to Japanese media.",
        "have held secret contacts",
        "active",
    ),
    (
        "China and Japan resumed security dialogue in Tokyo after a four-year gap.",
        "resumed security dialogue",
        "resumed",
    ),
    (
        "South Korea and China held a 2+2 dialogue in Seoul, the first in nine years.",
        "held a 2+2 dialogue",
        "resumed",
    ),
    (
        "The U.S. and China have agreed to keep talking about fentanyl, Bessent said.",
        "agreed to keep talking",
        "active",
    ),
    (
        "Chinese officials did not attend a U.S.-hosted meeting on AI safety.",
        "did not attend",
        "refused",
    ),
]

# S40, written after the changes for S39 and scored once (the last of this round): 37/40
# (92.5 %). Misses: "Washington had 'closed the door' on dialogue" (refused; written as
# severed, though "closed the door" is a refusal in the project's vocabulary: kept open as
# a disagreement of labels), "ordered Ethiopia's ambassador to leave" (active: an expulsion
# in other words), "travelled to Washington for talks …, his first visit since January"
# (resumed; written as active, but "the first … since" is a resumption by this project's
# convention, so the label was set to resumed after the run; it counts as a miss in the
# first-run figure).
STATUS_S40: list[StatusCase] = [
    (
        "The Pentagon said Dong Jun had agreed to a video call with Hegseth, the first contact between the two since March.",
        "agreed to a video call",
        "proposed",
    ),
    (
        "China's defense ministry confirmed the two defense chiefs held a video call on Tuesday.",
        "held a video call",
        "active",
    ),
    (
        "Beijing cancelled the annual military maritime talks scheduled for October, citing U.S. arms sales to Taiwan.",
        "cancelled",
        "suspended",
    ),
    (
        "Military-to-military communication has remained largely intact despite the trade war, officials on both sides said.",
        "has remained largely intact",
        "active",
    ),
    (
        "China's embassy said Washington had 'closed the door' on dialogue by imposing new sanctions.",
        "'closed the door' on dialogue",
        "severed",
    ),
    (
        "North Korea rejected a U.S. proposal to restart working-level talks, KCNA said.",
        "rejected a U.S. proposal",
        "refused",
    ),
    (
        "The inter-Korean military hotline has been silent since April 2023.",
        "has been silent",
        "suspended",
    ),
    (
        "Seoul's unification minister said the government would try to restore the communication lines.",
        "would try to restore the communication lines",
        "proposed",
    ),
    (
        "Japan's and China's coast guard chiefs held their first talks in three years in Tokyo.",
        "held their first talks in three years",
        "resumed",
    ),
    (
        "India and China agreed to resume border trade through three passes after a five-year halt.",
        "agreed to resume border trade",
        "proposed",
    ),
    (
        "The Indian army chief said communication with his Pakistani counterpart was 'functional'.",
        "was 'functional'",
        "active",
    ),
    (
        "Pakistan blocked Indian aircraft from its airspace and suspended the Simla Agreement.",
        "suspended the Simla Agreement",
        "suspended",
    ),
    (
        "Russia's foreign ministry said it was ready for contacts with the new U.S. administration.",
        "ready for contacts",
        "proposed",
    ),
    (
        "Ukraine and Russia agreed in Istanbul to set up working groups on humanitarian issues.",
        "agreed in Istanbul to set up working groups",
        "proposed",
    ),
    (
        "The working groups have not met, Ukrainian officials said.",
        "have not met",
        "suspended",
    ),
    (
        "Iran's supreme leader has barred officials from holding direct talks with the United States.",
        "barred officials from holding direct talks",
        "refused",
    ),
    (
        "Oman relayed messages between the Iranian and U.S. delegations sitting in separate rooms.",
        "relayed messages",
        "active",
    ),
    (
        "Qatar resumed its mediation role after receiving assurances from Washington.",
        "resumed its mediation role",
        "resumed",
    ),
    (
        "The Gaza ceasefire talks were put on hold after the strike in Doha.",
        "were put on hold",
        "suspended",
    ),
    (
        "Egypt and Iran's foreign ministers met in Cairo, the first such visit in over a decade.",
        "met in Cairo",
        "resumed",
    ),
    (
        "Saudi Arabia has no diplomatic relations with Israel.",
        "has no diplomatic relations",
        "suspended",
    ),
    (
        "The African Union suspended Sudan's membership in 2021.",
        "suspended Sudan's membership",
        "suspended",
    ),
    (
        "Rwanda and Congo's presidents have not met since the Washington signing.",
        "have not met",
        "suspended",
    ),
    (
        "Kenya withdrew its police mission chief from Haiti for consultations.",
        "withdrew its police mission chief",
        "severed",
    ),
    (
        "Somalia ordered Ethiopia's ambassador to leave the country within 72 hours.",
        "ordered Ethiopia's ambassador to leave",
        "severed",
    ),
    (
        "Venezuela's government said it would restore consular relations with Colombia.",
        "would restore consular relations",
        "proposed",
    ),
    (
        "The U.S. embassy in Caracas has been closed since 2019.",
        "has been closed since 2019",
        "suspended",
    ),
    (
        "Washington and Havana have kept their embassies staffed at reduced levels.",
        "kept their embassies staffed",
        "active",
    ),
    (
        "Brazil's foreign minister travelled to Washington for talks on the tariffs, his first visit since January.",
        "travelled to Washington for talks",
        "resumed",
    ),
    (
        "Mexico's president said she would not meet Trump until the tariff issue was settled.",
        "would not meet Trump",
        "refused",
    ),
    (
        "Australia and China held their first defence dialogue since 2019 in Canberra.",
        "held their first defence dialogue",
        "resumed",
    ),
    (
        "Beijing has refused to let Australian journalists return to China since 2020.",
        "refused to let Australian journalists return",
        "refused",
    ),
    (
        "The Philippine foreign secretary spoke with Wang Yi by phone to ease tensions.",
        "spoke with Wang Yi by phone",
        "active",
    ),
    (
        "China suspended a planned meeting of the bilateral consultation mechanism after the Sandy Cay standoff.",
        "suspended a planned meeting",
        "suspended",
    ),
    (
        "Vietnam and China held the 14th round of talks on the Gulf of Tonkin maritime boundary.",
        "held the 14th round of talks",
        "active",
    ),
    (
        "Cambodia's former leader Hun Sen said he would never again talk to Thailand's prime minister.",
        "would never again talk",
        "refused",
    ),
    (
        "Taiwan and Japan's ruling parties held security talks in Tokyo.",
        "held security talks",
        "active",
    ),
    (
        "China has blocked Taiwan from attending the World Health Assembly since 2017.",
        "blocked Taiwan from attending",
        "refused",
    ),
    (
        "Lithuania's new government said it wanted to normalize relations with China.",
        "wanted to normalize relations",
        "proposed",
    ),
    (
        "China and Lithuania have not exchanged ambassadors since 2021.",
        "have not exchanged ambassadors",
        "suspended",
    ),
]

# S12's "The General Border Committee has not met" was fixed after its first run ("commit"
# no longer matches inside "Committee"); it counts as a miss in S12's first-run figure. The
# other open misses of S12 and the misses of S13 and S14 were then read by general rules
# ("no … since", "the first … in years", "had no calls returned", "received no reply", a
# negated noun of a cut, "is possible", a clause's own cue first, an effort to get an
# answer); they count as misses in their batches' first-run figures.
# S15's misses were then read by general rules (an unreturned call, "the end of
# negotiations", a passive plan negated, "sitting face to face"); they count as misses in its
# first-run figure.
# S16's misses were then read by general rules but one (a headline judged on the whole
# sentence, a past verb after "and" out of a modal's reach, a gap told in an aside, a closed
# embassy); they count as misses in its first-run figure.
# S17's and S19's misses were then read by general rules (not staying home, "shown little
# interest", "sees no need", a possessive before an expelled envoy, a stranded "to", an
# attributive "planned" kept to its noun, a selected "had ended", a denied cut of a planned
# contact, a fronted "After a hiatus, …"); they count as misses in their first-run figures.
# S20's misses were then read by general rules (contact verbs such as "shook hands", a cut
# announced in reported speech, a cut planned occasion is cancelled, "not allowed", "has yet
# to acknowledge", "discontinued", a passive recall, a postponement as a gap); they count as
# misses in its first-run figure.
# S21's misses were then read by general rules (a longer aside of a gap, "remain cut",
# "paving the way for", a refused request carried to what it requested); they count as misses
# in its first-run figure.
# S22's misses were then read by general rules (a downgrade of ties, "derailed", a single
# trip cut is cancelled, "no basis for", "break … relations", a cut that something caused,
# ambassadors as a contact noun, "unable to get … on the phone"); they count as misses in its
# first-run figure.
# S23's misses were then read by general rules ("forbade", "banned talks", a phrase of time
# after a plan made in the past, a selected "had failed", a closed consulate or mission, "is
# now in doubt"); they count as misses in its first-run figure.
# S24's miss was then read by a general rule (a selection whose clause, cut at an "and",
# holds no cue looks between punctuation marks before the rest of the sentence); it counts
# as a miss in its first-run figure.
# S25's misses were then read by general rules ("materialized", "reached out" and a host
# receiving a minister as contacts, the end of a freeze carried to the contact "when" it
# ended, "the cut-off", a later restoration after "before" not carried back, a selected
# "reconciliation", an aside "which had not met since", "nonexistent"); they count as misses
# in its first-run figure.
# S26's misses were then read by general rules (an announcement attributed after the
# sentence, an envoy expelled by name); they count as misses in its first-run figure.
# S27's misses were then read by general rules (contractions and curly apostrophes, "neither
# … nor", "rather than" and "instead of", "slow-walking", "met with silence", a contact "yet
# to" happen with no "since" in prospect, a restoration after "since" kept from the contact,
# "upgraded … again", a possessive before a lifted suspension); they count as misses in its
# first-run figure.
# S28's misses were then read by general rules ("return to normal", "turned aside", a
# planned occasion after "withdrew from", a switch of recognition); they count as misses in
# its first-run figure.
# S29's misses were then read by general rules (a resumption not in the past after
# "whether"/"if", expelled attachés, "turned back", "barred", "normalize", a relative
# clause's passive kept from its noun); they count as misses in its first-run figure.
# S30's misses were then read by general rules but one (dots inside a closure phrase, an
# order to close, "only to cut it again", diplomats expelled, an appositive "first" that
# names an outcome, a noun of plan as a subject, "chosen not to", a side "open to dialogue"
# (a door open to it stays active), "the first … to visit", a gap closed by "until"); they
# count as misses in its first-run figure.
# S33's misses were then read by general rules (the end of a silence or a rift as a
# resumption, a gerund that is the subject of a goal, "at arm's length", reluctance such as
# "not in a hurry" as a refusal, the "no" of a noun kept from a verb after "and"); they count
# as misses in its first-run figure.
# S34's misses were then read by general rules ("working-level" no contact, "scaled back",
# "attending" a contact); they count as misses in its first-run figure.
# S35's misses were then read by general rules (a participle describing a channel kept from
# the verb, "unresponsive", a background status after "throughout"/"despite", "the
# highest-level contact since", a selected "ended" of a process); they count as misses in its
# first-run figure.
# S36's misses were then read by general rules ("deal with" a contact, a quotation mark
# between a plan and its verb, a headline's "agree … after talks", "readmitted"); they count
# as misses in its first-run figure.
# S38's miss was then read by a general rule (negotiators or a delegation that "returned" are
# back at the talks); it counts as a miss in its first-run figure.
# S39's misses were then read by general rules (the call in which a plan was made, a team
# ordered home, expelled embassy staff, not attending as a refusal); they count as misses in
# its first-run figure.
OPEN_STATUS_MISSES: set[tuple[str, str]] = {
    (
        "China has yet to name a counterpart for the new theater-level channel, U.S. officials complain.",
        "has yet to name a counterpart",
    ),
    # S30's first-run miss still open: not renewing an agreement ends it (read as a refusal).
    (
        "The administration has decided not to renew the Science and Technology Agreement, which expired in August.",
        "decided not to renew",
    ),
    # S40's miss still open: "closed the door on dialogue" written as severed, read as refused.
    (
        "China's embassy said Washington had 'closed the door' on dialogue by imposing new sanctions.",
        "'closed the door' on dialogue",
    ),
}

DATE_BATCHES: dict[str, list[DevCase]] = {
    "D1": BATCH_D1,
    "D2": BATCH_D2,
    "D3": BATCH_D3,
    "D4": BATCH_D4,
    "D5": BATCH_D5,
    "D6": BATCH_D6,
    "D7": BATCH_D7,
    "D8": BATCH_D8,
    "D9": BATCH_D9,
}
STATUS_BATCHES: dict[str, list[StatusCase]] = {
    "S1": STATUS_S1,
    "S2": STATUS_S2,
    "S3": STATUS_S3,
    "S4": STATUS_S4,
    "S5": STATUS_S5,
    "S6": STATUS_S6,
    "S7": STATUS_S7,
    "S8": STATUS_S8,
    "S9": STATUS_S9,
    "S10": STATUS_S10,
    "S11": STATUS_S11,
    "S12": STATUS_S12,
    "S13": STATUS_S13,
    "S14": STATUS_S14,
    "S15": STATUS_S15,
    "S16": STATUS_S16,
    "S17": STATUS_S17,
    "S18": STATUS_S18,
    "S19": STATUS_S19,
    "S20": STATUS_S20,
    "S21": STATUS_S21,
    "S22": STATUS_S22,
    "S23": STATUS_S23,
    "S40": STATUS_S40,
    "S24": STATUS_S24,
    "S25": STATUS_S25,
    "S26": STATUS_S26,
    "S27": STATUS_S27,
    "S28": STATUS_S28,
    "S29": STATUS_S29,
    "S30": STATUS_S30,
    "S31": STATUS_S31,
    "S32": STATUS_S32,
    "S33": STATUS_S33,
    "S34": STATUS_S34,
    "S35": STATUS_S35,
    "S36": STATUS_S36,
    "S37": STATUS_S37,
    "S38": STATUS_S38,
    "S39": STATUS_S39,
}
