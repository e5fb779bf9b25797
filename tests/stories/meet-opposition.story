# A story written for this test: "met with opposition leaders" is a meeting;
# "met with opposition from" is a reaction, no meeting. Run by
# tests/stories.sh.
text: tests/stories/meet-opposition.txt
date: 2014-02-21
dictionaries: default

1 UKRGOV UKROPP 040            # "met with opposition leaders": Ukraine's opposition
2 -                            # "the plan met with opposition from Russia": no meeting
