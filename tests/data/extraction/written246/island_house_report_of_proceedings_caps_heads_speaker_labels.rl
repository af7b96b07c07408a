@title Report of Proceedings of House of Wardens 16 November 2004
@font Times-Roman
@fontsize 10.5
@header_first Printed (by Authority) by Tallach Press Ltd., 12 Quay Street, Port Skerra, Isle of Scarrow.
@header HOUSE OF WARDENS, TUESDAY, 16th NOVEMBER 2004 || W{page}
@pageoffset 40
HC REPORT OF PROCEEDINGS OF HOUSE OF WARDENS
C Port Skerra, Tuesday, 16th November 2004 at 10.30 a.m.
P <i>Present:</i> The Speaker (the Hon. R.T. Quilleash) (Skerra North); Hon. D.A. Corkhill and Mr. J.P. Kermeen (Ballagarth); Mr. H.E. Tallach (Lhenn); Mrs. S.M. Crennell (Port Skerra East); Messrs. G.W. Moar and T.J. Skillicorn (Port Skerra West); Hon. A.N. Faragher (Knockaloe); Mr. W.D. Sayle (Rhenny); with Mr. P.L. Quirk, Secretary of the House.
P The Chaplain took the prayers.
H LEAVE OF ABSENCE
P <b>The Speaker:</b> Hon. members, I have given leave of absence to the hon. member for Glenmay, Mr. Cregeen, who is attending the island fisheries conference.
H QUESTIONS FOR ORAL ANSWER – HARBOUR DREDGING – PORT SKERRA
P <b>Mr. Moar:</b> To ask the Minister for Transport whether the winter dredging programme for Port Skerra harbour will be completed before the spring sailing season.
P <b>Mr. Corkhill:</b> Mr. Speaker, the contractor began work on 1st November and expects to finish the inner basin by the end of January. The outer berth will follow in February, weather permitting.
P <b>Mr. Moar:</b> Will the Minister publish the cost of the programme when it is complete?
P <b>Mr. Corkhill:</b> I am happy to give that undertaking.
H QUESTIONS FOR ORAL ANSWER – RURAL BUS SERVICES – RHENNY
P <b>Mr. Sayle:</b> To ask the Minister for Transport what consultation took place before the withdrawal of the evening bus to Rhenny.
P <b>Mr. Corkhill:</b> Mr. Speaker, notices were placed on the buses and in the press for four weeks. I accept that the response was small and I have asked officers to look again at a demand-led service.
H PUBLIC LIBRARIES (AMENDMENT) BILL – SECOND READING – APPROVED
P <b>Mrs. Crennell:</b> Mr. Speaker, I beg to move that the Bill be read a second time. The Bill allows the mobile library to charge a small fee for the loan of audio books and brings the fines in line with the other services.
P <b>Mr. Tallach:</b> I beg to second, sir, and reserve my remarks.
P <b>Mr. Skillicorn:</b> I have some concern about charging, but I will support the Bill at this stage.
P <i>The motion was put and carried.</i>
H PUBLIC LIBRARIES (AMENDMENT) BILL – CLAUSES CONSIDERED
P <b>The Speaker:</b> We now take the clauses. Clause 1.
P <b>Mrs. Crennell:</b> I beg to move that clause 1 stand part of the Bill.
P <b>Mr. Tallach:</b> I beg to second.
P <i>Clauses 1 to 4 were agreed to.</i>
H STANDING ORDERS – SUSPENSION TO ALLOW THIRD READING – CARRIED
P <b>Mrs. Crennell:</b> Mr. Speaker, I beg to move that Standing Orders be suspended to allow the Bill to be read a third time today.
P <i>The motion was put. On a division the voting resulted as follows: For 8; Against 1. The motion was therefore carried.</i>
H PUBLIC LIBRARIES (AMENDMENT) BILL – THIRD READING – APPROVED
P <b>Mrs. Crennell:</b> I beg to move that the Bill be read a third time and do pass.
P <b>Mr. Faragher:</b> I beg to second.
P <i>The motion was put and carried.</i>
H PETITION FOR REDRESS – REFERRED TO COMMITTEE
P <b>Mr. Kermeen:</b> Mr. Speaker, I beg to move that the petition of Mrs. E. Duggan be referred to the Standing Orders Committee for report.
P <b>Mr. Sayle:</b> I beg to second.
P <i>It was so resolved.</i>
P The House adjourned at 12.10 p.m.
