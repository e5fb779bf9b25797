# A story written for this test: "warned that ..." with no one warned is a
# pessimistic remark about what may come, no threat to an actor named in
# the clause; a warning to an actor ("warned Pyongyang to stop", "warned the
# United States that it would respond") is a threat (130), and so is a
# warning that its own side will act, a conditional one or a threat
# ("threatened that the United States would pay"). Run by tests/stories.sh.
text: tests/stories/warned-that.txt
date: 2019-03-01
dictionaries: default

1 -                            # "warned that Russia could use the crisis": no threat to Russia
2 USAMIL PRK 130               # "warned Pyongyang to stop": a warning to Pyongyang
3 IRN USA 130                  # "warned the United States that it would respond"
4 -                            # "warned that the deal would give Tehran billions": no threat to Iran
5 IRNGOV ISR 130               # "warned that Tehran would respond": its own side will act
6 KOR PRK 130                  # "warned that North Korea would face consequences if": a condition
7 PRK USA 130                  # "threatened that the United States would pay dearly"
8 RUS UKR 130                  # "warned that Ukraine would pay dearly": consequences to come, a threat
