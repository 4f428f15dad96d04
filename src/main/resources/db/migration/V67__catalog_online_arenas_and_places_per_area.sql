-- Catalog (module: catalog), issue #17.
-- Which arenas count as the internet/social-media channel is a property of the team's arena list, not a constant in
-- the code: a leader can add "Discord-server" as online. The arenas the code counted as online until now keep that
-- meaning, so the channel split of existing data does not change.
alter table code_item add column online boolean not null default false;
alter table code_item add constraint online_is_an_arena check (not online or kind = 'ARENA');
update code_item set online = true where kind = 'ARENA' and code in ('online', 'gaming');

-- A place belongs to its area: the pair (area, place) names a place, and the same place name may exist in several
-- areas. Codes stay unique per team and kind (the second "Skateparken" gets the code skateparken-2); existing places
-- keep their codes and areas as they are.
create index code_item_place_area_idx on code_item (team_id, area_id) where kind = 'PLACE';
