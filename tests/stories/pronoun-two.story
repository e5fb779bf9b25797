# A story written for this test: "he" takes the subject person of the
# sentence before (dyad code's pronouns rule), but a subject that joins two
# people of different codes ("Macron and Scholz met") leaves a later "he"
# with two candidates: it stays uncoded. An apposition that only mentions a
# second person ("Gantz, a former chief and Netanyahu's rival") is not such
# a pair. Run by tests/stories.sh.
text: tests/stories/pronoun-two.txt
date: 2020-01-28
dictionaries: default

1 RUSGOV CHN 042               # Putin visited Beijing
1 CHN RUSGOV 043               # the host
2 RUSGOV CHN 051               # "He" = Putin, the subject of sentence 1
3 FRAGOV DEUGOV 040            # Macron and Scholz met: both directions
3 DEUGOV FRAGOV 040
4 -                            # "He": Macron or Scholz? two candidates, no event
6 ISROPP IRN 111               # "He" = Gantz (opposition leader in 2020), the first of the subject's people
7 RUS CHN 057                  # Russia and China signed a pact (mutual)
7 CHN RUS 057
8 RUS USA 111                  # "They" = the subject of sentence 7 that joined two actors: both criticized
8 CHN USA 111
9 RUSGOV CHNGOV 040            # Putin met Xi: one subject, the other an object
10 -                           # "They": the last subject was one actor; no pair to refer to
