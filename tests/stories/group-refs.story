# A story written for this test: "All" opening a sentence before an active
# verb, and "the three leaders" when the story's last joined subject had
# three members, stand for each of those members; "all" before a passive
# ("All were phoned") is not taken, and a subject of one actor ends it. Run by
# tests/stories.sh.
text: tests/stories/group-refs.txt
date: 2018-05-01
dictionaries: default

1 GBRGOV USAGOV 040            # the joined subject
1 FRAGOV USAGOV 040
1 DEUGOV USAGOV 040
2 GBRGOV USAGOV 020            # "All urged Trump": each of the three
2 FRAGOV USAGOV 020
2 DEUGOV USAGOV 020
3 GBRGOV IRN 111               # "The three leaders also criticized Iran"
3 FRAGOV IRN 111
3 DEUGOV IRN 111
4 -                            # "All were phoned": "all" before a passive is not taken (never each other)
5 USAGOV IRQ 042               # a subject of one actor ends the group
5 IRQ USAGOV 043
6 -                            # "All vowed": no group left to stand for
7 GBR USAGOV 040               # a new joined subject
7 FRA USAGOV 040
7 DEU USAGOV 040
8 GBR ISR 130                  # "The three warned Israel": each of them
8 FRA ISR 130
8 DEU ISR 130
