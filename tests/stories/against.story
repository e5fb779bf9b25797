# A story written for this test: whom an act is against is its target
# before any place on the way ("marched through central London against
# Trump"). Run by tests/stories.sh.
text: tests/stories/against.txt
date: 2018-07-13
dictionaries: default

1 GBRCVL USAGOV 141            # the protest is against Trump, not London
