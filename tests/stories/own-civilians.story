# A story written for this test: the civilians of mass violence (20x) whose
# country only the story gives (here the United States, the reporting side)
# are the perpetrator's own. Run by tests/stories.sh.
text: tests/stories/own-civilians.txt
date: 2013-09-03
dictionaries: default

1 -                            # no target
2 SYRMIL SYRCVL 2041           # "troops loyal to Mr. Assad used chemical weapons against civilians": Syria's civilians
