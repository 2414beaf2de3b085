-- A product whose table gives no set and whose name tells none is recorded unclassified ("Chưa phân
-- loại"): no group, no set. Until now every rating had a group.
alter table fct_rating alter column group_no drop not null;
