# A story written for this test: a person named in full ("Kellyanne
# Conway", "Senator Elizabeth Warren") lends the code to a later bare last
# name ("Conway", "Ms. Conway", "Warren") in the same story, even where the
# dictionary has no entry for the last name alone; a person named after an
# actor ("White House adviser X") is that person. Run by tests/stories.sh.
text: tests/stories/story-names.txt
date: 2017-02-21
dictionaries: default

1 -                            # spoke to reporters: no act toward them
2 USAGOV USALEG 111            # "Conway" = Kellyanne Conway of sentence 1 criticized Senator Warren
3 USAGOV MEX 051               # "Ms. Conway" praised Mexico
4 USALEG USAGOV 112            # both last names: Warren accused Conway
5 USALEG CHN 111              # "She" = Warren, the subject of sentence 4; one actor word and a pronoun are enough to parse the sentence
@6 USALEG Warren               # the last name's code is copied: naming Conway again in the same sentence moves the story's list
6 USALEG USAGOV 111            # Warren criticized Conway
