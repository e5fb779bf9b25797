# A story written for this test: a reported clause in the present tense
# with no "that" ("said Iran poses a threat"), a quote opening its
# predicate, and "assesses that": the speaker judges the clause's subject
# (111 for a threat posed, 1124 for mass violence, 112 for attacks). Run by
# tests/stories.sh.
text: tests/stories/reported-present.txt
date: 2019-06-01
dictionaries: default

1 USAGOV IRN 111               # a threat "posed" is criticism of the one who poses it
2 USAELI SYR 111               # the same, with a quote before the verb (Obama, out of office in 2019)
3 USA SYRGOV 1124              # "assesses that": mass violence reported
3 SYRGOV SYRCVL 2041           # the act itself
4 UKRGOV RUS 112               # reported attacks, present tense
4 RUS UKR 190
5 -                            # a notion's content is nobody's judgement
