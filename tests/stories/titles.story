# A story written for this test: "Rep." and "Sen." before a name the
# dictionaries do not know make a lawmaker (LEG), who takes the story's
# country like any bare agent. Run by tests/stories.sh.
text: tests/stories/titles.txt
date: 2018-03-01
dictionaries: default

@2 USALEG Rep. Jane Roe          # the title makes a lawmaker; the story is American
2 USALEG USAMIL 111              # criticized the Pentagon
@3 USALEG Sen. John Doe
