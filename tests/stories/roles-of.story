# A story written for this test: a role ("spokesman", "official", "leader")
# speaks for the body it belongs to and adds no sector to one that has one:
# "a spokesman for the Indian army" is INDMIL, "a Hamas spokesman" PSEREB,
# "Republican leaders" USAPTY; a spokesman of a bare state is its
# government. Run by tests/stories.sh.
text: tests/stories/roles-of.txt
date: 2019-03-01
dictionaries: default

@1 INDMIL A spokesman for the Indian army
1 INDMIL PAKMIL 112            # the army's report of another's violence is an accusation
@2 PSEREB A Hamas spokesman
2 PSEREB IRN 051
@3 USAPTY Republican leaders
3 USAPTY USAGOV 111
@4 RUSGOV A spokesman for Russia
4 RUSGOV IGONAT 111
