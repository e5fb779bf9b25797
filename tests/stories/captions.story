# A story written for this test: a photo gallery's "Hide Caption N of M
# Photos: <title> <title> –" header is no sentence: each caption after it
# is one of its own, and the gallery's title, repeated before every
# caption, is not coded again and again. Run by tests/stories.sh.
text: tests/stories/captions.txt
date: 2012-09-20
dictionaries: default

1 -                            # "Photos: Protests."
2 PAKCOP PAKCVL 173            # the first caption, without its header
3 EGYCVL EGYCOP 145            # the second caption: no repeated gallery title
