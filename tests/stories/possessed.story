# A story written for this test: "his" and a noun of the person's affairs
# (case, campaign, home, plan) stands for the story's person as a target,
# and a person of a country is no "own country": the FBI may investigate
# an American. Run by tests/stories.sh.
text: tests/stories/possessed.txt
date: 2013-06-13
dictionaries: default

2 USACOP USA 090               # "his case" is Snowden's
3 USACOP USA 173               # police (of the story's state) arrest a person of it
4 -                            # "his way" is no affair of his: not him
5 USACOP USA 091               # a person the dictionaries code with a bare country (no dated offices)
6 -                            # a leader and a city of his own state are one side
8 USACOP USA 173               # "Stone" is the "Roger Stone" named before (an entry with no offices)
9 -                            # "close to reopening talks": an act only nearly reached
10 -                           # what "a press report that ..." says is not the writer's
11 -                           # nor what "claims that ..." say
