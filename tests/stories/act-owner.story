# A story written for this test: praise, demands, criticism or rejection
# of an act named by a bare noun ("the move", "the decision") are aimed at
# who did it: the source of the story's last act that was no reaction (else
# its last subject); a noun that names no act ("the weather") is nothing. Run by tests/stories.sh.
text: tests/stories/act-owner.txt
date: 2019-04-01
dictionaries: default

1 USAGOV CHN 163               # imposed tariffs on Chinese steel
2 CHN USAGOV 111               # "China condemned the move": the U.S. government's
3 EURGOV USAGOV 051            # "welcomed the decision": the U.S. government's, the last act that was no reaction (China's was)
4 -                            # "the weather" is no act
