# A story written for this test: a meeting or talks named as a noun inside a
# participle's clause ("after emerging from a meeting with X") is held by the
# subject of the clause the participle hangs on; "pleaded guilty" appeals to
# no one; a verb after an apposition and before a bare noun ("Merkel, a
# conservative, voiced optimism") is the verb of the subject.
# Run by tests/stories.sh.
text: tests/stories/participle-nominal.txt
date: 2013-06-06
dictionaries: default

1 USALEG USAGOV 040            # "after emerging from a meeting with President Obama": McCain met Obama
2 -                            # "pleaded guilty to lying to the FBI": no appeal to the FBI
3 DEUGOV CHNGOV 046            # "Merkel, a conservative, flew home after talks with ...": her talks
