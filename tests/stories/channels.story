# A story written for this test: a platform an act is made on ("on
# Twitter", "on social media", "on state television") is its channel, not
# its target; the target is whom the act is at. Run by tests/stories.sh.
text: tests/stories/channels.txt
date: 2024-06-12
dictionaries: default

1 USAELI USAJUD 111            # at Garland, not Twitter
2 -                            # "the vote" is no one; social media is the channel
3 RUS UKRGOVMED 175            # "cracked down on": the verb's own "on", not a channel
