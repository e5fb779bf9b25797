# A story written for this test: wanting another actor to act is an appeal to
# it (020); wanting to do something oneself codes nothing. Run by
# tests/stories.sh.
text: tests/stories/wants.txt
date: 2017-11-20
dictionaries: default

1 USA CHN 020                  # "wants China to stop buying"
2 -                            # "wants to use Syria": no appeal to Syria
