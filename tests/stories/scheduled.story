# A story written for this test: an arranged future act ("is scheduled to",
# "is slated to", "is going to") is not coded, and neither is an act inside
# it ("to meet" after "scheduled to travel"): its subject is not the place
# before it. An act someone is kept, barred or prevented from doing did not
# happen either, unless the prevention is denied ("did not stop X from
# attacking"), and an act inside a phrase of "would" ("would have to get
# involved in fighting") did not either; a participle after a noun there
# still tells a fact ("schoolgirls kidnapped by Boko Haram"), and a
# negation alone does not undo a meeting named in a phrase ("did not brief
# him about his meeting with Putin"). A participle set off by a comma is in
# the mood of an affirmative modal ("would retaliate, using its artillery to
# strike"), not of a negated one nor of a reported clause's. What someone
# needs to do is not done. A meeting or talks cancelled or postponed were
# not held, nor the agreement they were for. What a negated verb of saying
# would report is not asserted ("did not say Russia attacked Ukraine"), but
# an adverbial clause after it is ("though he called Israel a friend"). Nor is an act argued or called for,
# proposed, advocated, avoided or denied ("has advocated bombing Iran").
# Run by tests/stories.sh.
text: tests/stories/scheduled.txt
date: 2019-03-01
dictionaries: default

1 -                            # "is scheduled to travel ... to meet": neither happened
2 -                            # "is slated to visit Washington to meet": not "Washington meets"
3 -                            # "is going to meet": a future act
4 USAGOV QAT 042                # "is traveling to Doha": under way
4 QAT USAGOV 043
5 USAELI SAU 042               # a past trip
5 SAU USAELI 043
6 -                            # "keep a con man from taking over": no seizure
7 -                            # "prevents the president from lifting sanctions": none lifted
8 USAPTY USAGOV 111            # "did not stop ... from attacking": the attack happened
9 -                            # "would have to get more involved in fighting": no fight
10 NGAREB NGAEDU 181            # "schoolgirls kidnapped by Boko Haram": a fact
10 GBR NGAEDU 033               # "said it would join the search": Britain's stated intent to help
11 USAGOV RUSGOV 040            # "did not brief him about his meeting with Putin": the meeting was held
12 -                            # "has argued for attacking North Korea": no attack
13 -                            # "has advocated bombing Iran": no bombing
14 -                            # "had avoided striking Syrian forces": no strike
15 USAGOV IRN 1312             # "promised new sanctions against Iran": a threat of sanctions, not an intent to cooperate
16 IGOEU IRN 0354              # "pledged to lift sanctions on Iran": an intent to ease them
17 -                            # "a tough stance on deporting immigrants": a stance, no deportation
18 KOR PRKGOV 130               # "threatened to target Kim and to destroy statues": the threat only
19 -                            # "declined to say whether he would reverse Obama's decision": no comment, no rejection
20 CHN JPN 125                  # "declined to meet Japan": a refusal to meet
21 RUSGOV USA 112              # "would not comment ..., accusing the US": the accusation was made
22 RUS GBR 182                  # "could face sanctions for poisoning Skripal in Britain": a reason told as a fact
23 -                            # "would retaliate, using its artillery to strike": a participle of an affirmative modal is in its mood
24 USA RUS 112                  # "said the United States would abandon the treaty, accusing Russia": the speaker's accusation, a fact
24 USAGOV RUS 131               # (what he said the United States would do: a threat)
25 -                            # "need to work with the United States": a need, not an act
26 -                            # "the meeting ... was cancelled": called off, not held
27 -                            # "Negotiations for a trade agreement ... have been postponed": neither held nor signed
28 CHNGOV RUSGOV 040            # "stalled after a summit between Xi and Putin": a time told as a fact
28 RUSGOV CHNGOV 040
29 USAGOV ISR 051               # "did not say he would defend Israel, though he called Israel a great friend": no pledge; the praise stands
30 -                            # "did not say Russia attacked Ukraine"
