# A story written for this test: a claim of responsibility (015) is toward
# the attack's place or its target ("for the suicide bombing in Jerusalem",
# "for the attack on Afghan soldiers"); tear gas used "to disperse" people
# is repression of them (175). Run by tests/stories.sh.
text: tests/stories/claims-targets.txt
date: 2015-03-01
dictionaries: default

1 PSEREB ISR 015               # the bombing's place
2 AFGREB AFGMIL 015            # the attack's target
3 IDNCOP IDNCVL 175            # "used tear gas to disperse demonstrators"
