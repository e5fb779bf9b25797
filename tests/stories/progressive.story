# A story written for this test: "were attacking" is the past progressive,
# not an agentless passive; a day named after a verb ("on Tuesday") fills no
# role of its pattern; the agentless passive and the negated progressive
# stay uncoded. Run by tests/stories.sh.
text: tests/stories/progressive.txt
date: 2022-05-02
dictionaries: default

1 RUSMIL UKR 190               # "were attacking": the progressive of an attack
2 RUS UKR 194                  # "began shelling Kharkiv on Tuesday": Kharkiv, not Tuesday
3 -                            # "were attacked": an agentless passive, no attacker named
4 -                            # "were not attacking"
