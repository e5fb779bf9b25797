# A story written for this test: words of time are never a noun phrase's
# head: "drills last week" is about drills (a mutual event noun with a
# compound subject: both directions), "Pakistan today" is Pakistan, "China
# this morning" is China. Run by tests/stories.sh.
text: tests/stories/time-words.txt
date: 2017-09-01
dictionaries: default

1 USA KOR 062                  # joint drills, "last week" tells when
1 KOR USA 062
2 PAK IND 1123                 # "today" after the subject is an adverb
3 JPN CHN 111                  # "this morning" after the object is an adverb
4 USAELI RUSGOV 174              # (Obama is USAELI on the story's 2017 date) "earlier this week" between subject and verb: adverbs, the clause stays whole
