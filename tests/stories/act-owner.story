# A story written for this test: praise, demands, criticism or rejection
# of an act named by a bare noun ("the move", "the decision") are aimed at
# who did it: the source of the story's last act that was no reaction (else
# its last subject), also when that act's target was not coded ("issued a
# firm warning to the region"); a noun that names no act ("the weather") is
# nothing. Run by tests/stories.sh.
text: tests/stories/act-owner.txt
date: 2019-04-01
dictionaries: default

1 USAGOV CHN 163               # imposed tariffs on Chinese steel
2 CHN USAGOV 111               # "China condemned the move": the U.S. government's
3 EURGOV USAGOV 051            # "welcomed the decision": the U.S. government's, the last act that was no reaction (China's was)
4 -                            # "the weather" is no act
5 PRK JPN 195                  # fired a missile over Japan
6 -                            # "issued a firm warning to the region": no target coded
7 USALEG USAGOV 051            # "praised the move": Pompeo's warning, the last act (not North Korea's)
