# A story written for this test: a counted demonym ("tens of thousands of
# Georgians", "some 200 Afghans") is the country's people, whose protest
# with no target is aimed at their government; "went on strike" is a labour
# strike (143), not a military strike; "walked off the job" too, but not
# "walked off the stage". Run by tests/stories.sh.
text: tests/stories/strikes-crowds.txt
date: 2023-03-04
dictionaries: default

1 GEOCVL GEOGOV 141            # a counted people's rally
2 FRALAB FRAGOV 143            # "went on strike against Macron's plan"
3 KENEDU KENGOV 143            # "walked off the job"
4 -                            # "walked off the stage"
5 AFGCVL AFGGOV 141            # "some 200 Afghans"
