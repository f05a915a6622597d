-- Feldbuch schema v19: partners and group activities of a kind the programme added (v17), as
-- sites (v18). Never edit this file after it has landed.
ALTER TABLE partners ADD COLUMN kind_ext TEXT;
ALTER TABLE activities ADD COLUMN kind_ext TEXT;
