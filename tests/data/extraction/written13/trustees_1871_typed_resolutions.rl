@title Hendra Road Cemetery Trustees - minute book transcript
@font Times-Roman
@fontsize 11
@header Hendra Road Cemetery - Trustees' Minute Book 1868-1894 (typed transcript)
@footer - {page} -
@pageoffset 13
I Typed from the original minute book in the chapel safe. Spelling and punctuation are as written; sums are in pounds, shillings and pence. Words that could not be read are shown as [ ].
S 8
HC Trustee Meeting held at Mr John Pascoe's, Trewint, March 9th, 1871.
C Mr Richard Hocking in the Chair.
P Present: Mr John Pascoe, Mr William Bray, Mr Thomas Rowe, Mr Josiah Couch, and Mr Henry Spear (Secretary and Treasurer).
P 1. Resolved, That the minutes of the last meeting, having been read, be confirmed.
P 2. The Secretary laid before the meeting the account of Mr Sargent the mason for the new boundary wall on the west side, amounting to £14. 7s. 6d. Proposed by Mr Bray, seconded by Mr Couch, and carried, That the same be paid.
P 3. Mr Rowe called attention to the state of the path from the lower gate, which is much washed out by the late rains. Resolved, That Mr Rowe and the Secretary see to the same and report at the next meeting.
P 4. Proposed by Mr Pascoe, seconded by Mr Rowe, That the price of a freehold grave be advanced from eight shillings to ten shillings, the land being now nearly taken up. Mr Couch moved as an amendment, seconded by Mr Bray, that the price remain as before until the new ground be bought. The amendment was lost, and the original proposition carried.
P 5. Agreed, That the grave digger be allowed one shilling extra for any grave dug while the ground is hard with frost.
P 6. A letter was read from the Rev. W. Trounson asking leave to put an iron railing round his late wife's grave. Resolved, That leave be granted, the railing not to exceed three feet in height nor to stand upon the path.
P 7. Mr Hocking reported that the deed of conveyance of the additional ground is now in the hands of Mr [ ] the solicitor at Liskeard. Noted.
P Signed, Richard Hocking, Chairman.
S 12
HC Annual Meeting of the Trustees held at the Chapel Schoolroom, April 13th, 1871.
C Mr Richard Hocking in the Chair.
P Present: Mr John Pascoe, Mr William Bray, Mr Josiah Couch, Mr Henry Spear, and several subscribers.
P 1. The Secretary read the minutes of the meeting of March 9th. Resolved, That the same be confirmed and signed.
P 2. The Treasurer presented his statement of accounts for the year ending March 25th, shewing receipts of £31. 4s. 0d., payments of £26. 18s. 3d., and a balance in hand of £4. 5s. 9d. Mr Couch asked whether the mason's account was included, and the Treasurer said that it was. Resolved, That the statement be received and adopted, and that the thanks of the meeting be given to Mr Spear.
P 3. Proposed by Mr Couch, seconded by Mr Bray, and carried unanimously, That Mr Samuel Keast of Tremar be elected a Trustee in the place of the late Mr Edward Trebilcock.
P 4. Mr Bray gave notice that at the next meeting he would move, That no interments take place on the Lord's Day except in cases of necessity.
P 5. Mr Pascoe reported that the path from the lower gate had been made good at a cost of 18s. Noted, with thanks to Mr Rowe.
P The meeting closed with prayer.
P Signed, Richard Hocking, Chairman.
