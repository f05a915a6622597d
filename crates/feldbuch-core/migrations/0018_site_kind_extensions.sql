-- Feldbuch schema v18: a site of a kind the programme added (v17). Never edit this file after it
-- has landed.
--
-- `kind` keeps the built-in kind the extension refines (so every count by site kind stays in the
-- funder's categories); `kind_ext` names the programme's own kind, or nothing.
ALTER TABLE sites ADD COLUMN kind_ext TEXT;
