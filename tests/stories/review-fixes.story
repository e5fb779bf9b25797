# A story written for this test: cases a review of the fifth session's
# changes found. A participle of violence after a verb that codes nothing is
# an act of its own; "would continue to" is as hypothetical as "would";
# "shall" states an intent; "never was ready to" states none; a state
# speaks for its government; an agreement (057) is an act whose "move" a
# reaction can be aimed at. Run by tests/stories.sh.
text: tests/stories/review-fixes.txt
date: 2019-01-01
dictionaries: default

1 ISRMIL PSECVL 190            # "entered Gaza, killing 20 Palestinians": "entered" codes nothing, the killing is coded (counted people: CVL)
2 -                            # "would continue to attack": hypothetical
3 RUS SYR 033                  # "said it shall send aid": intent
4 -                            # "never was ready to attack": no threat
5 RUS SYR 033                  # "Russia said Putin will send aid": Russia states the intent
6 ISR SYR 190                  # Israel attacked Syria
7 EGY JOR 057                  # an agreement: an act, not a reaction
8 IRN EGY 111                  # "Iran condemned the move": Egypt's agreement, the last act
