# A story written for this test: one sport phrase in one of six sentences
# does not make it a sport story (dyad code's discard_share: at least 20 % of
# the sentences must hold a story discard phrase), and a phrase never spans
# punctuation ("in dramatic fashion, weeks after" is no FASHION_WEEK).
# Run by tests/stories.sh.
text: tests/stories/discard-share.txt
date: 2025-03-03
dictionaries: default

1 -                            # a private visitor arrives: no event between political actors
2 PRK CHN 051                  # coded: the story is not discarded for "NBA" in sentence 1
3 RUS JPN 111                  # coded: "fashion, weeks" is not FASHION_WEEK
4 -                            # no actors
5 -                            # no actors
6 -                            # no actors
