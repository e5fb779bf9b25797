# A story written for this test: a verb phrase with no object of its own,
# joined by "and" to the next, shares that one's object ("kidnapped and
# killed two soldiers"). Run by tests/stories.sh.
text: tests/stories/shared-object.txt
date: 2015-01-01
dictionaries: default

1 TURREB TURMIL 181            # kidnapped (the object of "killed", shared); militants take the story's state
1 TURREB TURMIL 190            # killed two Turkish soldiers
2 CHN JPN 111                  # condemned (shared object)
2 CHN JPN 120                  # rejected the Japanese statement
