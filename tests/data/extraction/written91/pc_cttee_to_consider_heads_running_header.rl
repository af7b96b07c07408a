@title Open Spaces Recreation and Allotments Committee 17 November 2008
@font Helvetica
@fontsize 11
@header KELSEY DOWN PARISH COUNCIL
@footer Open Spaces, Recreation and Allotments Committee 17.11.08||{page}
HC Open Spaces, Recreation &amp; Allotments Committee Meeting
C Monday 17th November 2008
C At 7.30 pm in the Village Hall
S 6
P <b>Present:</b> Cllr M Hatt (Chairman), Cllr R Brice, Cllr D Yelland, Cllr S Ashworth, Cllr J Pascoe
P <b>Members of the public:</b> One
P <b>Clerk:</b> Helen Marwood
H 1. To consider accepting apologies
P All Councillors present.
H 2. To record declarations of interest from members in any item to be discussed and agree dispensations
P There were none.
H 3. To approve the minutes of the last Open Spaces, Recreation and Allotments meeting
P The minutes of the meeting of 20th October 2008 were agreed as being a correct record of the meeting and duly signed by the Chairman.
H 4. Allotments
P The holder of Plot 11 asked to place a small greenhouse on his plot. Councillors agreed to the request provided that it is no larger than 8ft by 6ft.
P Cllr Hatt reported that two plots at the Mill Lane site had been left uncultivated since the summer. The Clerk will write to the tenants giving one month's notice to bring the plots back into cultivation.
H 5. Burial Ground Extension
P The Clerk reported that the boundary hedge had been laid by T Furze as agreed at the last meeting. The Clerk will order two holly trees with berries, at a maximum cost of £30 each. Cllr Yelland has offered to plant the saplings.
H 6. Recreation Ground
P A quote of £340 had been received from T Furze for clearing the ditch on the western boundary of the recreation ground to allow water to flow into the stream below the allotments. It was proposed by Cllr Hatt, seconded by Cllr Brice and agreed to accept the quote.
H 7. Play Area Inspection
P Cllr Brice reported on the monthly inspection. The swing seat chains have been replaced and the safety surface under the slide is worn. The annual RoSPA inspection report was received and noted; the surface will be included in the budget for 2009/10.
H 8. Footpaths and Rights of Way
P Cllr Ashworth reported that the stile on footpath 14 near Gorse Farm has been replaced by the County Council. No further action is needed.
H 9. Tree Planting - Jubilee Copse
P Deferred to the January meeting pending a reply from the landowner.
H 10. Date of next meeting
P Monday 19th January 2009 at 7.30 pm in the Village Hall.
S 14
P The meeting closed at 8.55 pm.
P Signed ........................................ Chairman
