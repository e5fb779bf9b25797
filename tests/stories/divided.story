# A story written for this test: "the North" and "the South" stand for the
# halves of a divided country the story named last ("North Korea", "South
# Korea"). Run by tests/stories.sh.
text: tests/stories/divided.txt
date: 2019-01-01
dictionaries: default

1 -                            # North Korea fired a missile: no target
2 PRK JPN 111                  # "The North also criticized Japan": North Korea, named before
3 -                            # "South Korea and the North held talks": a compound with a description, not coded (yet)
4 KOR PRK 120                  # "The South rejected the offer": South Korea; the offer is the story's last subject's, the North
