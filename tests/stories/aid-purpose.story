# A story written for this test: weapons or relief given "to help X" are
# aid to X (the target of the purpose infinitive). Run by tests/stories.sh.
text: tests/stories/aid-purpose.txt
date: 2016-05-01
dictionaries: default

1 USA SYRREB 072               # "provided weapons to help the Syrian rebels"
2 IGOEU UKR 073                # "sent medical supplies to assist Ukraine"
