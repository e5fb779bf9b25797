# Cases a reviewer of the eighth session's change found (each failed on the
# build before its fix). Run by tests/stories.sh.
text: tests/stories/review-fixes-4.txt
date: 2016-06-01
dictionaries: default

1 -                            # "had been exploited": a passive is done to the subject, no criticism of it
2 RUS UKR 175                  # the persecution is Russia's; Ukraine, its victim, is not criticised
3 -                            # "cheating" is a noun fought, no wrongdoing of Russia; nor is Merkel a target
4 -                            # "agreed to the terms": no verb after "to", no mutual intent
5 -                            # "Should X and Y agree ...": a condition by inversion
6 -                            # "have yet to agree": not done
7 -                            # a reported act with no object aims at no one, not at the speaker
