-- The complainant's postal address (letters, 书面告知) and the channel they asked to be told by
-- (SMS, EMAIL, LETTER; null: the intake channel decides), issue 16. The address is personal data: masked
-- in staff views, erased by the retention sweep like phone and e-mail. A letter's outbox recipient is
-- the address, so the recipient column takes as many characters.
alter table complaint add column complainant_address varchar(300);
alter table complaint add column preferred_channel varchar(16);
alter table outbox_message alter column recipient set data type varchar(300);
