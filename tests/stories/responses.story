# A story written for this test: "responded with artillery fire (air
# strikes, force ...) on X" is the attack; an -ing word between a name and
# a name is a participle ("the International Court of Justice accusing
# Israel": South Africa accuses). Run by tests/stories.sh.
text: tests/stories/responses.txt
date: 2024-05-10
dictionaries: default

1 LBNREB ISR 194               # Hezbollah's rockets
1 ISRMIL LBN 194               # the army's response
2 ZAF ISR 1124                 # accusing Israel of genocide
