META
key;value
description;Greenfield community budget 2026
country;Nowhere
unit;Greenfield
budget;100
currency;GBP
vote_type;approval
rule;greedy
min_length;1
max_length;3
num_projects;4
num_votes;6
PROJECTS
project_id;cost;votes;name;selected
a;60;4;"Park ""green"" gym";1
b;40;3;Library books;1
c;30;2;Bench;0
d;50;1;Road crossing;0
VOTES
voter_id;vote
1;a,b
2;a,b
3;a,c
4;a
5;b,c
6;d
