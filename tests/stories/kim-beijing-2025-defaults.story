# The real report ../shared/examples/kim-beijing-2025.txt (2025-09-02),
# coded from its raw text with dyad's own default dictionaries (issue #4:
# nothing added for this story). The expected
# events are this project's judgement of what a careful human coder codes,
# sentence by sentence; every sentence is listed, "-" for none, each with
# its reason. Run by tests/stories.sh.
text: $SHARED/examples/kim-beijing-2025.txt
date: 2025-09-02
dictionaries: default

# the names of issue #4's acceptance, as coded in the story itself
@1 PRKGOV Kim Jong-un         # Kim Jong-un: PRK's leader since 2011-12-17
@3 PRKGOV Kim                 # "Kim" alone after his name
@3 PRK Pyongyang              # the capital for the state
@4 CHNGOV Cai Qi              # Politburo Standing Committee member
@4 CHNGOV Foreign Minister Wang Yi   # foreign minister again since 2023-07-25
@7 CHNGOV Xi Jinping          # China's leader
@7 RUSGOV Vladimir Putin      # Russia's president
@9 KORGOV officials in Seoul  # officials of the South Korean government

1 PRKGOV CHN 042  # Kim Jong-un traveled to Beijing: PRK's leader makes a visit to China
1 CHN PRKGOV 043  # the other half of the visit: China hosts him (the TRAVEL TO pattern codes both)
2 -               # "His arrival signaled a push": commentary, no act between two actors
3 -               # "left Pyongyang" is no event (own capital); "reached Beijing" repeats the visit of 1 (REACH is not a visit verb), so nothing new is missed
4 CHNGOV PRKGOV 043  # Chinese officials greeted him on arrival (him = Kim, the subject of 3): China hosts his visit
4 PRKGOV CHNGOV 042  # ... the other half: Kim makes the visit (dyad's GREET pattern codes both)
5 -               # his daughter accompanied him: a family member, not an interaction between political actors
6 -               # analysts explain what Kim intends: an analysts' reading, not an act or statement of Kim's
7 -               # "will likely stand with Xi and Putin": a forecast, not an event
8 -               # "This image aims to revive the optics": no actors
9 -               # officials in Seoul stressed that a summit is unlikely: a statement with no target actor
10 -              # South Korean intelligence sources noted a risk: statement about talks, no target actor
11 -              # "They projected ... meetings": analysts' forecast of meetings that have not happened
12 -              # lawmakers explained schedules: no target actor
13 -              # no actors
14 -              # "the North Korea diplomatic strategy ... focuses on optics": a strategy is not an actor
15 -              # "Kim's motives extend beyond ceremony": no act
16 -              # analysts believe he seeks closer ties: belief about intent, not an expressed intent
17 -              # "he also hopes to manage risks": no target actor's act
18 -              # no actors
19 -              # observers suggested the trip may help dialogue with the US: speculation
20 -              # "Pyongyang aims to influence Washington's approach": an aim, reported by the writer; no act
21 -              # Kim traveled with his own officials: no interaction between different actors
22 -              # his wife and sister "may also join the visit": possibility, and same-side actors
23 -              # his daughter appeared beside him in Beijing: family, and a place is not a target
24 -              # South Korean experts noted something about Kim: commentary on him, not addressed to him
25 -              # "They emphasized that ... could lay the groundwork": forecast
26 -              # "the North Korea diplomatic strategy highlights Kim's attempt": a strategy is not an actor
27 -              # "By standing with China and Russia, Pyongyang demonstrates unity": commentary on posture; no discrete act
