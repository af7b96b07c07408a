@title Harbor Management Authority July 15, 2009
@font Times-Roman
@fontsize 12
@footer Harbor Management Authority||Draft Minutes // July 15, 2009||Page {page} of 2
HC CITY OF PORT MERRIAM
HC PUBLIC MEETING MINUTES
S 6
P <b>Board:</b> Harbor Management Authority
P <b>Date:</b> July 15, 2009
P <b>Location:</b> Port Merriam Public Library - Hollis Room
P <b>Members Present</b> Chair Gordon Tillery, Lena Vasquez-Hart, Raymond Okonkwo, Sheila Brandt, Walter Fenske, Dominic Aiello, Carla Winthrop
P <b>Members Absent:</b> Peter Marchetti, Joanne Sokolowski
P <b>Others Present:</b> Frank Delisle (Harbormaster), Councilor Rita Gallagher
P <b>Recorder:</b> Maureen Kiely
S 4
P Tillery called the meeting to order at 7:00 p.m.
H Public Input
P Tillery invited comments from members of the public who were present. Howard Breen of the Salt Pond Boating Club thanks the Authority for the new ladder at the north float and asks whether the launch ramp could be swept more often in August. Tillery states that he will ask the Harbormaster to add the ramp to the weekly checklist.
P Ellen Rourke, a slip holder, states that the water at the end of C dock has been shut off for two weeks. Delisle explains that a pipe was damaged during the storm on June 30 and that the part is on order.
H Approval of Minutes
P The minutes of the Harbor Management Authority meeting held on June 17, 2009 were presented for approval. Okonkwo moved approval. Brandt seconds the motion. The motion carries.
H Harbormaster's Report
P Delisle reports that 142 of the 150 seasonal slips are rented and that transient use is up over last year. He notes that two boats were found without current registration stickers and the owners have been contacted. He also reports that the pump-out boat has been out of service for three days and has now been repaired.
P Fenske asks whether the pump-out hours could be extended on weekends. Delisle states that he will look at the staffing and report back in August.
H Report from Facilities Committee
P Vasquez-Hart reports that the contractor for the Wharf Street float replacement has completed the sheet piling and that the first concrete pour took place on Monday. The project remains on schedule for completion by the end of October.
P She also reports that the contractor has offered to dredge the area in front of the Ferry Landing at the same time for $14,500, which is well below the estimate previously received. Aiello asks whether permits are in place. Vasquez-Hart states that the existing Chapter 91 license covers maintenance dredging but that the Conservation Commission must be notified.
P Winthrop moves that the Authority recommend to the City Council that the dredging be added to the float contract by change order, subject to notice to the Conservation Commission. Aiello seconds the motion. The motion carries 6-0-1 with Fenske abstaining.
H Mooring Fees for 2010
P Brandt presents the fee comparison prepared by the Harbormaster showing rates in five neighboring harbors. Port Merriam's rates are the lowest of the six. Brandt suggests an increase of $2 per foot for seasonal slips. Okonkwo states that he would prefer to wait until the float project is finished.
P After discussion the Authority agrees to take up the fee schedule again at the September meeting, when the final project costs will be known.
H Fishing from the Pier
P Councilor Gallagher reports that the City Council's Public Safety Committee will hold a hearing on the proposed ordinance on fishing from the public pier on August 4. Tillery asks members to attend if they are able. Winthrop notes that signs at the pier should be in English and Spanish.
H Old Business
P Tillery reports that the letter to the Department of Conservation and Recreation regarding the boat ramp grant has been sent. No response has been received yet.
H New Business
P Aiello asks that the Authority discuss the schedule for winter storage at the August meeting. Tillery agrees to put the item on the agenda.
H Adjournment
P Fenske moves to adjourn at 8:41 p.m. Okonkwo seconds the motion. The motion carries.
