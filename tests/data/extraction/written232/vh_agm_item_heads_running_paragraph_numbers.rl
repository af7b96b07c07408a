@title Tenwick Village Hall AGM 16.11.2017
@font Times-Roman
@fontsize 11
@footer Tenwick Village Hall AGM 16/11/2017||Page {page} of 2
HC Tenwick Village Hall AGM
C Minutes of the Annual General Meeting held at 7.30pm on Thursday, 16 November 2017 in the Tenwick Village Hall
C ______________________________________________________________
P <b>Committee Members Present:</b> Chairman – Roger Fennimore; Treasurer – Alan Cheale; Secretary – Nigel Pardew; Committee Members – Brenda Ayling, Sue Catt, John Leverett, Kath Maynard-Price, Mick Rowbotham.
P <b>Apologies received from:</b> Olive Sheard, Pam Tebbutt.
P 7 members of the public attended the AGM: Mr &amp; Mrs Cyril Dack; Mr Graham Holloway; Mr Lionel Marsh; Mrs Wendy Marsh; Mrs Chris Pardew; Mrs Joan Tilley.
H Item 1 - Welcome &amp; Apologies for Absence
P 1. The Chairman welcomed everyone, especially the seven residents who had come along. The Secretary read out apologies from Olive Sheard and Pam Tebbutt.
H Item 2 - Minutes of the last AGM held on 17 November 2016
P 2. The minutes of the 2016 AGM had been on the notice board and the village website since the spring, and copies were on the tables. There were no corrections. Mr Graham Holloway moved their adoption and Mr Lionel Marsh seconded. Agreed by all present.
H Item 3 - Chairman's Annual Report
P 3. The Chairman spoke to his written report, a summary of which had been handed round, taking the committee's three targets for the year in turn:
P (a) The building: the kitchen was refitted in March and the hall floor sanded and sealed in August, both within the grant budget, with £1,200 left over.
P (b) Bookings: there are now 14 regular weekly bookings, against 11 a year ago; a Pilates class has started and the toddler group meets twice a week.
P (c) Village events: the show, two quiz nights and the Remembrance lunch were held in the hall, and it was a polling station in June.
P 4. The Chairman thanked the committee and paid tribute to Brenda Ayling, who is standing down after nine years as bookings secretary. Mrs Joan Tilley asked whether the car park could be resurfaced; the Chairman said this would be the main project for 2018 if grants could be found.
H Item 4 - Treasurer's Report and Accounts for the year ended 30 September 2017
P 5. The Treasurer went through the accounts, which had been independently examined by Mr D Ruskin. Income for the year was £14,382 and expenditure £12,917, a surplus of £1,465; reserves now stand at £9,870. Mr Cyril Dack asked how much had come from the 200 Club; the Treasurer said £1,130.
P 6. Kath Maynard-Price moved that the accounts be adopted; Mrs Wendy Marsh seconded, and the meeting agreed unanimously.
H Item 5 - Election of Officers
P 7. The three officers were willing to stand again and no other nominations had been received. Roger Fennimore (Chairman), Alan Cheale (Treasurer) and Nigel Pardew (Secretary) were re-elected en bloc, proposed by Sue Catt and seconded by Mr Graham Holloway.
H Item 6 - Election of Committee Members
P 8. Sue Catt, John Leverett, Kath Maynard-Price and Mick Rowbotham were willing to continue. Mrs Chris Pardew offered to join the Committee and take on the bookings. The Committee, including Mrs Pardew, was elected on a show of hands.
H Item 7 - Any Other Business
P 9. Mr Lionel Marsh suggested a defibrillator on the outside wall of the Hall. The Chairman said the Committee would look into costs and grants and report back.
H Item 8 - Date of next AGM
P 10. Thursday 15 November 2018 at 7.30pm. The meeting closed at 8.40pm, followed by tea and cake.
