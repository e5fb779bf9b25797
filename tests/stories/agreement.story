# A story written for this test: a definite description with no country of
# its own agrees with the story's actors: "the militants" is the armed group
# named last (Hamas), not the story's state; "police" (no group agrees) takes
# the story's state (dyad code's story_country rule); an armed group with no
# country of its own takes the one state the sentence names as a place.
# Run by tests/stories.sh.
text: tests/stories/agreement.txt
date: 2024-05-01
dictionaries: default

1 PSEREB ISR 194               # Hamas fired rockets at Israel
@2 PSEREB The militants        # the armed group named last, not ISRREB
2 PSEREB ISRMIL 190            # the militants attacked an Israeli army post
3 ISRCOP ISRCVL 173            # police (Israel: the story's state) arrested protesters
4 PAKUAF ISRCOP 190            # gunmen (armed) take the place of the sentence (in Quetta: Pakistan); police keep the story's state (measured better than moving every agent)
