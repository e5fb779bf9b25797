# A story written for this test: "the department" and "the agency" are
# government bodies, of the story's country. Run by tests/stories.sh.
text: tests/stories/department.txt
date: 2019-04-01
dictionaries: default

1 -                            # no target
2 USAGOV USALEG 111            # "The department criticized Congress"
3 USAGOV USALEG 020            # "The agency also urged senators to act"
