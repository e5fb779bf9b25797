# A story written for this test: a subject "it" is the state or
# organisation named as the subject of an earlier sentence (dyad code's
# pronouns rule); an object "it" is mostly a thing and gives no target.
# Run by tests/stories.sh.
text: tests/stories/pronoun-it.txt
date: 2019-05-26
dictionaries: default

1 -                            # a missile fired at no one named
2 PRK KOR 1384                 # "It" = North Korea, the subject of sentence 1: threatens a conventional attack
3 KOR PRK 111                  # "condemned it": "it" is the test, an act of North Korea (the last act's owner); "criticized the test" names no act noun of the list
4 -                            # "it was calm": no act
