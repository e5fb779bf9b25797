# A story written for this test: "the North" and "the South" stand for the
# halves of a divided country the story named last ("North Korea", "South
# Korea"). Run by tests/stories.sh.
text: tests/stories/divided.txt
date: 2019-01-01
dictionaries: default

1 -                            # North Korea fired a missile: no target
2 PRK JPN 111                  # "The North also criticized Japan": North Korea, named before
3 KOR PRK 046                  # "South Korea and the North held talks": a member of a compound may be a description
3 PRK KOR 046                  # ... both directions
4 KOR JPN 111                  # "The South then criticized Japan": South Korea, named before
