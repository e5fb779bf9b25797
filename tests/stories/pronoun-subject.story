# A story written for this test: a "he" or "she" later in a sentence is
# the sentence's subject when that subject is one person ("Macron did not
# join the talks, though he praised Scholz"), before the topic the story
# set; not when another person is named between them, nor when the subject
# joins two people. Run by tests/stories.sh.
text: tests/stories/pronoun-subject.txt
date: 2022-03-01
dictionaries: default

2 FRAGOV DEUGOV 051            # "though he praised Olaf Scholz": he = Macron, the subject
3 RUSGOV USAGOV 040            # Putin met Biden; "he" then has two candidates: no event for "criticized", not the topic (Macron) either
4 FRAGOV DEUGOV 040            # Macron and Scholz met: both directions
4 DEUGOV FRAGOV 040            # "he" after a subject of two people: no event for "criticized"
6 FRAGOV DEUGOV 051            # Macron praised Scholz ("Scholz" known from sentence 5); "he" has two candidates: no event for "criticized"
