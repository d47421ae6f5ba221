-- The meeting-room display (大屏): an account that only reads, signed in on the wall screen.
alter type app_role add value if not exists 'display';
