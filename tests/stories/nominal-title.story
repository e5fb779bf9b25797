# A story written for this test: the source of a nominal event is a person
# whose title the parser split from the name ("Secretary" + "of State John
# Kerry"); the person the actor coder named across the split is the source.
# Run by tests/stories.sh.
text: tests/stories/nominal-title.txt
date: 2014-03-01
dictionaries: default

1 USAGOV RUSGOV 041            # "in a phone call to Lavrov, Secretary of State John Kerry said"
