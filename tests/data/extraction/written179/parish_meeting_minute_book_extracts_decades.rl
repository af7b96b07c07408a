@title .....from the Minute Book
@font Times-Roman
@fontsize 11
@header Lydmere Parish Meeting – Village Archive||.....from the Minute Book
@footer lydmere-village.org.uk/community/from-the-minute-book||Page {page}
H .....from the Minute Book
P Ronald Peverell has been going through the Parish Meeting's old minute book and picking out entries that show what exercised the village in years gone by. Some are serious, some less so; all of them were once somebody's burning question.
I He writes: "Mrs Dando, our Clerk, let me take the book home for the winter; it runs from 1946 to 1983. Anything I have put in brackets is my own note, or something older villagers have told me."
S 6
H Annual Parish Meeting, 24th March 1949
P Present: the Rev. H. L. Ormsby (in the chair), Mr T. Noakes, Mr and Mrs G. Fielder, Miss E. Catt and fourteen other electors.
P It was proposed by Mr Noakes and seconded by Miss Catt that the Rural District Council be asked to provide a public telephone kiosk by the Forge. Carried unanimously. <i>(Old Tom Noakes kept the Forge until 1962 and was never seen without his pipe. The kiosk finally arrived in 1951.)</i>
S 4
H Parish Meeting, 9th October 1953
P The Rev. H. L. Ormsby in the chair; 22 present.
P The Chairman reported that the Coronation Fund had a balance of £4 7s. 6d. after the tea and sports on the Green. After discussion it was agreed that the balance be spent on a seat for the Green, to be inscribed "E II R 1953". <i>(The seat is still there, though the inscription is hard to read.)</i>
P Mr Fielder complained of the state of Drove Lane after the wet summer. The Clerk was asked to write to the County Surveyor.
S 4
H Annual Parish Meeting, 30th March 1960
P The Rector having left the parish, Mr G. Fielder was proposed by Miss Catt and seconded by Mr Noakes as Chairman for the year, and was elected. The Clerk, Mr W. Sayers, read the accounts, which showed a balance of £11 2s. 4d., and they were adopted. <i>(This is the last entry in the Rector's hand. Mr Sayers typed everything after it on his own machine, crossings-out and all.)</i>
S 4
H Parish Meeting, 15th November 1967
P Mr G. Fielder in the chair; 47 present, the largest meeting recorded in the book.
P A letter from the County Council about the proposed by-pass was read. Mrs Pennycook spoke strongly against the eastern route, which would cut Mill Farm in two. After a long discussion a resolution opposing the eastern route was passed by 31 votes to 4. <i>(The by-pass was never built. The route is still marked on some maps.)</i>
S 4
H Annual Parish Meeting, 22nd March 1974
P Mr G. Fielder in the chair.
P Mr Sayers retired as Clerk after 21 years and was presented with a carriage clock. Mrs Joan Halliwell was appointed Clerk in his place, proposed by Mr Fielder and seconded by Mrs Pennycook.
P Mr D. Ruddock proposed that the Parish Meeting should ask to become a Parish Council. The proposal was lost on a show of hands, 9 for and 17 against. <i>(The question has come up at least four times since, with the same answer.)</i>
S 4
H Parish Meeting, 6th June 1979
P Mrs Pennycook in the chair.
P The meeting resolved that the Old School House be offered for sale, the money to go towards a share in the new Club Room at Farm Gate. <i>(It was sold in 1980 and meetings moved to the Club Room.)</i>
S 6
I More extracts will follow in the next issue. If you have memories of any of the people mentioned, please contact Ronald Peverell on 01632 960 583.
