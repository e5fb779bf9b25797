# A story written for this test: branding, casting, portraying or comparing
# someone as something contemptible is criticism (111); casting a vote is not.
# Run by tests/stories.sh.
text: tests/stories/name-calling.txt
date: 2018-07-13
dictionaries: default

1 IRN USA 111                  # "branded the United States the Great Satan"
2 USAELI USAGOV 111            # "has cast President Trump as an agent of a foreign power"
3 RUS UKRGOV 111               # "portrayed the Ukrainian government as weak and corrupt"
4 -                            # "cast their votes"
